//! The agent's configuration, read once at init from the environment. Every setting and its
//! default is listed in `docs/agent.md`; the Terraform provider sets exactly these variables.

use std::time::Duration;

use awsmon_domain::Fingerprint;
use awsmon_domain::redact::Redactor;
use awsmon_domain::window::WindowPolicy;

pub use awsmon_domain::log::DEFAULT_QUERY;
/// Logs Insights accepts at most this many log groups in one query.
pub const MAX_CHUNK_SIZE: usize = 50;
/// Logs Insights returns at most this many rows; a window that reaches it is split.
pub const INSIGHTS_ROW_LIMIT: usize = 10_000;

/// A setting that cannot be used; the agent refuses to start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid configuration {setting}: {reason}")]
pub struct ConfigError {
    pub setting: &'static str,
    pub reason: String,
}

impl ConfigError {
    /// A configuration error is never worth retrying: the same input fails the same way.
    pub fn is_retryable(&self) -> bool {
        false
    }
}

/// Which Lambda functions and ECS services to watch, by a tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagFilter {
    pub key: String,
    /// Any value when `None`.
    pub value: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `CW_INSIGHTS_QUERY_STRING`: must return `@timestamp`, `@message` and `@log`.
    pub query: String,
    /// `CW_INSIGHTS_QUERY_DURATION` (s): the longest single window, and a new group's look-back.
    pub window: Duration,
    /// `CW_LOGS_DELIVERY_LATENCY` (s): log time this recent is left for the next run.
    pub delivery_latency: Duration,
    /// `CW_LOG_GROUPS_CHUNK_SIZE`: log groups per query, 1 to 50.
    pub chunk_size: usize,
    /// `AWSMON_SCHEDULE_PERIOD_SECS`: how often the schedule runs the agent (for heartbeats).
    pub schedule_period: Duration,
    /// `AWSMON_MAX_CONCURRENT_QUERIES`: Insights queries in flight at once.
    pub max_concurrent_queries: usize,
    /// `AWSMON_INSIGHTS_CALLS_PER_SECOND`: StartQuery + GetQueryResults calls a second.
    pub insights_calls_per_second: u32,
    /// `AWSMON_QUERY_TIMEOUT_SECS`: a query still running after this is stopped (StopQuery).
    pub query_timeout: Duration,
    /// `AWSMON_LOG_GROUP_NAMES`: comma-separated log group names.
    pub log_group_names: Vec<String>,
    /// `AWSMON_LOG_GROUP_PREFIXES`: comma-separated log group name prefixes.
    pub log_group_prefixes: Vec<String>,
    /// `AWSMON_DISCOVERY_TAG`: `key` or `key=value`; Lambda functions and ECS services with it.
    pub discovery_tag: Option<TagFilter>,
    /// `AWSMON_REDACT_PATTERNS`: extra regular expressions to redact, one per line.
    pub redact_patterns: Vec<String>,
    /// `AWSMON_MASTER_BUS_ARN`: the master's event bus.
    pub master_bus_arn: String,
    /// `AWSMON_CHECKPOINT_TABLE`: the DynamoDB table of per-log-group checkpoints.
    pub checkpoint_table: String,
}

impl Config {
    /// Reads the configuration through `lookup` (the environment in production).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let secs =
            |setting: &'static str, default: u64, min: u64, max: u64| -> Result<Duration, ConfigError> {
                let value = number(setting, get(setting), default, min, max)?;
                Ok(Duration::from_secs(value))
            };
        let query = get("CW_INSIGHTS_QUERY_STRING").unwrap_or_else(|| DEFAULT_QUERY.to_owned());
        check_query(&query)?;
        let config = Self {
            query,
            window: secs("CW_INSIGHTS_QUERY_DURATION", 300, 1, 86_400)?,
            delivery_latency: secs("CW_LOGS_DELIVERY_LATENCY", 15, 0, 3_600)?,
            chunk_size: usize_setting(
                "CW_LOG_GROUPS_CHUNK_SIZE",
                get("CW_LOG_GROUPS_CHUNK_SIZE"),
                10,
                MAX_CHUNK_SIZE,
            )?,
            schedule_period: secs("AWSMON_SCHEDULE_PERIOD_SECS", 300, 60, 86_400)?,
            max_concurrent_queries: usize_setting(
                "AWSMON_MAX_CONCURRENT_QUERIES",
                get("AWSMON_MAX_CONCURRENT_QUERIES"),
                5,
                30,
            )?,
            insights_calls_per_second: u32::try_from(number(
                "AWSMON_INSIGHTS_CALLS_PER_SECOND",
                get("AWSMON_INSIGHTS_CALLS_PER_SECOND"),
                5,
                1,
                50,
            )?)
            .unwrap_or(5),
            query_timeout: secs("AWSMON_QUERY_TIMEOUT_SECS", 60, 5, 3_600)?,
            log_group_names: list(get("AWSMON_LOG_GROUP_NAMES"), ','),
            log_group_prefixes: list(get("AWSMON_LOG_GROUP_PREFIXES"), ','),
            discovery_tag: get("AWSMON_DISCOVERY_TAG")
                .map(|raw| tag_filter(&raw))
                .transpose()?,
            redact_patterns: list(get("AWSMON_REDACT_PATTERNS"), '\n'),
            master_bus_arn: get("AWSMON_MASTER_BUS_ARN").ok_or(ConfigError {
                setting: "AWSMON_MASTER_BUS_ARN",
                reason: "is required".into(),
            })?,
            checkpoint_table: get("AWSMON_CHECKPOINT_TABLE").ok_or(ConfigError {
                setting: "AWSMON_CHECKPOINT_TABLE",
                reason: "is required".into(),
            })?,
        };
        if !config.master_bus_arn.starts_with("arn:") || !config.master_bus_arn.contains(":event-bus/") {
            return Err(ConfigError {
                setting: "AWSMON_MASTER_BUS_ARN",
                reason: format!("{:?} is not an event bus ARN", config.master_bus_arn),
            });
        }
        if config.log_group_names.is_empty()
            && config.log_group_prefixes.is_empty()
            && config.discovery_tag.is_none()
        {
            return Err(ConfigError {
                setting: "AWSMON_LOG_GROUP_NAMES",
                reason: "nothing to watch: set AWSMON_LOG_GROUP_NAMES, AWSMON_LOG_GROUP_PREFIXES or AWSMON_DISCOVERY_TAG".into(),
            });
        }
        config.redactor()?;
        Ok(config)
    }

    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// The built-in redaction rules plus `AWSMON_REDACT_PATTERNS`.
    pub fn redactor(&self) -> Result<Redactor, ConfigError> {
        Redactor::new(&self.redact_patterns).map_err(|e| ConfigError {
            setting: "AWSMON_REDACT_PATTERNS",
            reason: e.to_string(),
        })
    }

    pub fn window_policy(&self) -> WindowPolicy {
        WindowPolicy {
            delivery_latency_ms: millis(self.delivery_latency),
            max_window_ms: millis(self.window),
        }
    }

    /// A short hash of the effective configuration: the master compares agents by it.
    pub fn hash(&self) -> String {
        let tag = self
            .discovery_tag
            .as_ref()
            .map(|t| format!("{}={}", t.key, t.value.as_deref().unwrap_or("*")))
            .unwrap_or_default();
        let numbers = format!(
            "{:?}|{:?}|{}|{:?}|{}|{}|{:?}",
            self.window,
            self.delivery_latency,
            self.chunk_size,
            self.schedule_period,
            self.max_concurrent_queries,
            self.insights_calls_per_second,
            self.query_timeout
        );
        let names = self.log_group_names.join(",");
        let prefixes = self.log_group_prefixes.join(",");
        let patterns = self.redact_patterns.join("\n");
        Fingerprint::of(&[
            &self.query,
            &numbers,
            &names,
            &prefixes,
            &tag,
            &patterns,
            &self.master_bus_arn,
            &self.checkpoint_table,
        ])
        .to_string()
    }
}

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

fn number(
    setting: &'static str,
    raw: Option<String>,
    default: u64,
    min: u64,
    max: u64,
) -> Result<u64, ConfigError> {
    let Some(raw) = raw else {
        return Ok(default);
    };
    let value: u64 = raw.trim().parse().map_err(|_| ConfigError {
        setting,
        reason: format!("{raw:?} is not a whole number"),
    })?;
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(ConfigError {
            setting,
            reason: format!("{value} is outside {min}..={max}"),
        })
    }
}

fn usize_setting(
    setting: &'static str,
    raw: Option<String>,
    default: usize,
    max: usize,
) -> Result<usize, ConfigError> {
    let value = number(setting, raw, default as u64, 1, max as u64)?;
    Ok(usize::try_from(value).unwrap_or(default))
}

fn list(raw: Option<String>, separator: char) -> Vec<String> {
    raw.map(|raw| {
        raw.split(separator)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    })
    .unwrap_or_default()
}

fn tag_filter(raw: &str) -> Result<TagFilter, ConfigError> {
    let (key, value) = match raw.split_once('=') {
        Some((key, value)) => (key.trim(), Some(value.trim().to_owned())),
        None => (raw.trim(), None),
    };
    if key.is_empty() {
        return Err(ConfigError {
            setting: "AWSMON_DISCOVERY_TAG",
            reason: format!("{raw:?} has no tag key (use `key` or `key=value`)"),
        });
    }
    Ok(TagFilter {
        key: key.to_owned(),
        value,
    })
}

/// The agent appends its own time filter and row limit, and groups lines itself.
fn check_query(query: &str) -> Result<(), ConfigError> {
    let fail = |reason: &str| {
        Err(ConfigError {
            setting: "CW_INSIGHTS_QUERY_STRING",
            reason: reason.into(),
        })
    };
    let commands: Vec<String> = query.split('|').map(|c| c.trim().to_ascii_lowercase()).collect();
    let starts = |word: &str| commands.iter().any(|c| c.split_whitespace().next() == Some(word));
    if starts("stats") {
        return fail("must return log lines, not `stats`: the agent counts lines itself");
    }
    if starts("limit") {
        return fail("must not have a `limit`: the agent splits windows that reach 10,000 rows instead");
    }
    if starts("fields")
        && !["@timestamp", "@message", "@log"]
            .iter()
            .all(|f| query.contains(f))
    {
        return fail("its `fields` must include @timestamp, @message and @log");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let mut env: HashMap<String, String> = [
            (
                "AWSMON_MASTER_BUS_ARN",
                "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon",
            ),
            ("AWSMON_CHECKPOINT_TABLE", "awsmon-agent"),
            ("AWSMON_LOG_GROUP_PREFIXES", "/aws/lambda/"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        for (k, v) in pairs {
            env.insert((*k).to_owned(), (*v).to_owned());
        }
        Config::from_lookup(|name| env.get(name).cloned())
    }

    #[test]
    fn defaults_are_the_seeds() {
        let config = config(&[]).unwrap();
        assert_eq!(config.query, DEFAULT_QUERY);
        assert_eq!(config.window, Duration::from_secs(300));
        assert_eq!(config.delivery_latency, Duration::from_secs(15));
        assert_eq!(config.chunk_size, 10);
        assert_eq!(config.log_group_prefixes, ["/aws/lambda/"]);
        assert_eq!(config.hash().len(), 16);
    }

    #[test]
    fn each_invalid_setting_is_named() {
        let cases = [
            ("CW_LOG_GROUPS_CHUNK_SIZE", "51"),
            ("CW_LOG_GROUPS_CHUNK_SIZE", "ten"),
            ("CW_INSIGHTS_QUERY_DURATION", "0"),
            ("CW_INSIGHTS_QUERY_STRING", "stats count(*) by @log"),
            ("CW_INSIGHTS_QUERY_STRING", "fields @message | limit 200"),
            ("AWSMON_MASTER_BUS_ARN", "awsmon"),
            ("AWSMON_REDACT_PATTERNS", "ok\n(unclosed"),
            ("AWSMON_DISCOVERY_TAG", "=x"),
            ("AWSMON_MAX_CONCURRENT_QUERIES", "31"),
        ];
        for (setting, value) in cases {
            let error = config(&[(setting, value)]).unwrap_err();
            assert_eq!(error.setting, setting, "{value}: {error}");
            assert!(error.to_string().contains(setting));
        }
        let error = config(&[("AWSMON_LOG_GROUP_PREFIXES", "")]).unwrap_err();
        assert_eq!(error.setting, "AWSMON_LOG_GROUP_NAMES");
    }

    #[test]
    fn lists_and_tags_are_parsed() {
        let config = config(&[
            ("AWSMON_LOG_GROUP_NAMES", " /a , /b ,"),
            ("AWSMON_DISCOVERY_TAG", "awsmon:watch=true"),
            ("AWSMON_REDACT_PATTERNS", "cust-[0-9]+\n\nord-[0-9]+"),
        ])
        .unwrap();
        assert_eq!(config.log_group_names, ["/a", "/b"]);
        assert_eq!(
            config.discovery_tag,
            Some(TagFilter {
                key: "awsmon:watch".into(),
                value: Some("true".into())
            })
        );
        assert_eq!(config.redact_patterns.len(), 2);
    }
}
