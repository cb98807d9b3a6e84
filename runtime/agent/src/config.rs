//! The agent's configuration, read once at init from the environment. Every setting and its
//! default is listed in `docs/agent.md`; the Terraform provider sets exactly these variables.

use std::time::Duration;

use awsmon_contract::{Number, agent};
use awsmon_domain::redact::Redactor;
use awsmon_domain::window::WindowPolicy;

pub use awsmon_domain::log::DEFAULT_QUERY;
/// Logs Insights returns at most this many rows; a window that reaches it is split.
pub const INSIGHTS_ROW_LIMIT: usize = 10_000;

/// A setting that cannot be used; the agent refuses to start. Never retried: the same
/// environment fails the same way.
pub use awsmon_contract::SettingError as ConfigError;

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
    /// [`awsmon_contract::agent::config_hash`] of the environment read: the provider computes the
    /// same over the environment it deploys, so the master sees when the two differ.
    pub config_hash: String,
}

impl Config {
    /// Reads the configuration through `lookup` (the environment in production). Names,
    /// defaults and ranges are the contract's (`awsmon_contract::agent`).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let secs = |setting: Number| setting.read_unsigned(&lookup).map(Duration::from_secs);
        let count = |setting: Number| {
            setting
                .read_unsigned(&lookup)
                .map(|v| usize::try_from(v).unwrap_or(usize::MAX))
        };
        let query = agent::QUERY_STRING
            .read(&lookup)
            .unwrap_or_else(|| DEFAULT_QUERY.to_owned());
        check_query(&query)?;
        let config = Self {
            query,
            window: secs(agent::WINDOW_SECONDS)?,
            delivery_latency: secs(agent::DELIVERY_LATENCY_SECONDS)?,
            chunk_size: count(agent::CHUNK_SIZE)?,
            schedule_period: secs(agent::SCHEDULE_PERIOD_SECONDS)?,
            max_concurrent_queries: count(agent::MAX_CONCURRENT_QUERIES)?,
            insights_calls_per_second: u32::try_from(
                agent::INSIGHTS_CALLS_PER_SECOND.read_unsigned(&lookup)?,
            )
            .unwrap_or(u32::MAX),
            query_timeout: secs(agent::QUERY_TIMEOUT_SECONDS)?,
            log_group_names: agent::LOG_GROUP_NAMES.read(&lookup),
            log_group_prefixes: agent::LOG_GROUP_PREFIXES.read(&lookup),
            discovery_tag: agent::DISCOVERY_TAG
                .read(&lookup)
                .map(|raw| tag_filter(&raw))
                .transpose()?,
            redact_patterns: agent::REDACT_PATTERNS.read(&lookup),
            master_bus_arn: agent::MASTER_BUS_ARN.require(&lookup)?,
            checkpoint_table: agent::CHECKPOINT_TABLE.require(&lookup)?,
            config_hash: agent::config_hash(&lookup),
        };
        if !config.master_bus_arn.starts_with("arn:") || !config.master_bus_arn.contains(":event-bus/") {
            return Err(ConfigError {
                env: agent::MASTER_BUS_ARN.env,
                reason:
                    "is not an event bus ARN (arn:<partition>:events:<region>:<account>:event-bus/<name>)"
                        .into(),
            });
        }
        if config.log_group_names.is_empty()
            && config.log_group_prefixes.is_empty()
            && config.discovery_tag.is_none()
        {
            return Err(ConfigError {
                env: agent::LOG_GROUP_NAMES.env,
                reason: format!(
                    "nothing to watch: set {}, {} or {}",
                    agent::LOG_GROUP_NAMES.env,
                    agent::LOG_GROUP_PREFIXES.env,
                    agent::DISCOVERY_TAG.env
                ),
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
            env: agent::REDACT_PATTERNS.env,
            reason: e.to_string(),
        })
    }

    pub fn window_policy(&self) -> WindowPolicy {
        WindowPolicy {
            delivery_latency_ms: millis(self.delivery_latency),
            max_window_ms: millis(self.window),
        }
    }
}

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

fn tag_filter(raw: &str) -> Result<TagFilter, ConfigError> {
    let (key, value) = match raw.split_once('=') {
        Some((key, value)) => (key.trim(), Some(value.trim().to_owned())),
        None => (raw.trim(), None),
    };
    if key.is_empty() {
        return Err(ConfigError {
            env: agent::DISCOVERY_TAG.env,
            reason: "has no tag key (use `key` or `key=value`)".into(),
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
            env: agent::QUERY_STRING.env,
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
        assert_eq!(config.config_hash.len(), 16);
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
            assert_eq!(error.env, setting, "{value}: {error}");
            assert!(error.to_string().contains(setting));
        }
        let error = config(&[("AWSMON_LOG_GROUP_PREFIXES", "")]).unwrap_err();
        assert_eq!(error.env, "AWSMON_LOG_GROUP_NAMES");
    }

    /// The contract's numbers, read by this parser: unset is the default, the range's ends are
    /// taken and one past them refused, naming the variable.
    #[test]
    fn every_number_has_the_contracts_default_and_range() {
        let defaults = config(&[]).unwrap();
        let as_read = |c: &Config, env: &str| -> i64 {
            let secs = |d: Duration| i64::try_from(d.as_secs()).unwrap();
            match env {
                "CW_INSIGHTS_QUERY_DURATION" => secs(c.window),
                "CW_LOGS_DELIVERY_LATENCY" => secs(c.delivery_latency),
                "CW_LOG_GROUPS_CHUNK_SIZE" => c.chunk_size as i64,
                "AWSMON_MAX_CONCURRENT_QUERIES" => c.max_concurrent_queries as i64,
                "AWSMON_QUERY_TIMEOUT_SECS" => secs(c.query_timeout),
                "AWSMON_SCHEDULE_PERIOD_SECS" => secs(c.schedule_period),
                "AWSMON_INSIGHTS_CALLS_PER_SECOND" => i64::from(c.insights_calls_per_second),
                other => panic!("{other} is a new setting: read it here"),
            }
        };
        for setting in agent::NUMBERS {
            let env = setting.env.unwrap();
            assert_eq!(as_read(&defaults, env), setting.default, "{env}");
            for edge in [setting.min, setting.max] {
                let read = config(&[(env, &edge.to_string())]).unwrap();
                assert_eq!(as_read(&read, env), edge, "{env}");
            }
            for outside in [setting.min - 1, setting.max + 1] {
                let error = config(&[(env, &outside.to_string())]).unwrap_err();
                assert_eq!(error.env, env, "{outside}");
            }
        }
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
