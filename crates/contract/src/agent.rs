//! The agent's settings (`awsmon_agent` attributes and the `query-error-logs` environment).

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::setting::{List, Number, Text, markdown_table};

pub const MASTER_BUS_ARN: Text = Text {
    attribute: "master_bus_arn",
    env: "AWSMON_MASTER_BUS_ARN",
    doc: "ARN of the master's event bus the agent publishes to, in any region: the agent puts \
          its events in the bus's region.",
};
pub const QUERY_STRING: Text = Text {
    attribute: "query_string",
    env: "CW_INSIGHTS_QUERY_STRING",
    doc: "Logs Insights query that selects candidate lines (the classifier keeps only errors); \
          default `awsmon_domain::log::DEFAULT_QUERY`. It must return `@timestamp`, `@message` \
          and `@log`, without `stats` or `limit`.",
};
pub const CHECKPOINT_TABLE: Text = Text {
    attribute: "checkpoint_table",
    env: "AWSMON_CHECKPOINT_TABLE",
    doc: "DynamoDB table of the per-log-group checkpoints, `<name>-checkpoints` (set by the provider).",
};
pub const DISCOVERY_TAG: Text = Text {
    attribute: "discovery_tag",
    env: "AWSMON_DISCOVERY_TAG",
    doc: "Also watch the log groups of Lambda functions and ECS services with this tag: `key` or `key=value`.",
};
pub const LOG_GROUP_NAMES: List = List {
    attribute: "log_group_names",
    env: "AWSMON_LOG_GROUP_NAMES",
    separator: ',',
    doc: "Log groups to watch by name.",
};
pub const LOG_GROUP_PREFIXES: List = List {
    attribute: "log_group_prefixes",
    env: "AWSMON_LOG_GROUP_PREFIXES",
    separator: ',',
    doc: "Log groups to watch by name prefix.",
};
pub const REDACT_PATTERNS: List = List {
    attribute: "redact_patterns",
    env: "AWSMON_REDACT_PATTERNS",
    separator: '\n',
    doc: "Extra regular expressions whose matches are redacted before anything leaves the account.",
};

pub const WINDOW_SECONDS: Number = Number {
    attribute: "window_seconds",
    env: Some("CW_INSIGHTS_QUERY_DURATION"),
    default: 300,
    min: 60,
    max: 86_400,
    unit: "seconds",
    doc: "Longest log-time window one query covers, and how far back a new log group's first run looks.",
};
pub const DELIVERY_LATENCY_SECONDS: Number = Number {
    attribute: "delivery_latency_seconds",
    env: Some("CW_LOGS_DELIVERY_LATENCY"),
    default: 15,
    min: 0,
    max: 3_600,
    unit: "seconds",
    doc: "Log time newer than now minus this is left for the next run (CloudWatch delivers late).",
};
pub const CHUNK_SIZE: Number = Number {
    attribute: "chunk_size",
    env: Some("CW_LOG_GROUPS_CHUNK_SIZE"),
    default: 10,
    min: 1,
    max: 50,
    unit: "log groups",
    doc: "Log groups per Logs Insights query (Insights takes at most 50).",
};
pub const MAX_CONCURRENT_QUERIES: Number = Number {
    attribute: "max_concurrent_queries",
    env: Some("AWSMON_MAX_CONCURRENT_QUERIES"),
    default: 5,
    min: 1,
    max: 30,
    unit: "queries",
    doc: "Logs Insights queries in flight at once (Insights allows 30 an account).",
};
pub const QUERY_TIMEOUT_SECONDS: Number = Number {
    attribute: "query_timeout_seconds",
    env: Some("AWSMON_QUERY_TIMEOUT_SECS"),
    default: 60,
    min: 5,
    max: 3_600,
    unit: "seconds",
    doc: "A query still running after this is stopped; the function's timeout must exceed it by 10 s.",
};
/// Derived by the provider from `schedule_expression`.
pub const SCHEDULE_PERIOD_SECONDS: Number = Number {
    attribute: "",
    env: Some("AWSMON_SCHEDULE_PERIOD_SECS"),
    default: 300,
    min: 60,
    max: 86_400,
    unit: "seconds",
    doc: "The schedule's period, sent in heartbeats: the master flags an agent silent after 3 periods.",
};
pub const INSIGHTS_CALLS_PER_SECOND: Number = Number {
    attribute: "",
    env: Some("AWSMON_INSIGHTS_CALLS_PER_SECOND"),
    default: 5,
    min: 1,
    max: 50,
    unit: "calls a second",
    doc: "StartQuery and GetQueryResults calls a second (the Insights quota is 5 for StartQuery).",
};

/// The numbers a user sets on `awsmon_agent` or the runtime reads.
pub const NUMBERS: [Number; 7] = [
    WINDOW_SECONDS,
    DELIVERY_LATENCY_SECONDS,
    CHUNK_SIZE,
    MAX_CONCURRENT_QUERIES,
    QUERY_TIMEOUT_SECONDS,
    SCHEDULE_PERIOD_SECONDS,
    INSIGHTS_CALLS_PER_SECOND,
];
pub const TEXTS: [Text; 4] = [MASTER_BUS_ARN, QUERY_STRING, CHECKPOINT_TABLE, DISCOVERY_TAG];
pub const LISTS: [List; 3] = [LOG_GROUP_NAMES, LOG_GROUP_PREFIXES, REDACT_PATTERNS];

/// Seconds the agent keeps after its last query ends, to publish what it found and checkpoint.
pub const PUBLISH_MARGIN_SECONDS: i64 = 10;

/// The checkpoint table's hash key (string): the log group's name.
pub const CHECKPOINT_KEY: &str = "log_group";

/// The region of an event bus ARN (`arn:aws:events:<region>:<account>:event-bus/<name>`):
/// every client that puts events on the master bus is built for it, so that an agent in
/// another region than the master reaches the bus where it lives.
pub fn event_bus_region(arn: &str) -> Option<&str> {
    let mut parts = arn.split(':');
    let service = parts.nth(2)?;
    let region = parts.next()?;
    (service == "events" && !region.is_empty()).then_some(region)
}

/// The checkpoint table of the agent function `name`.
pub fn checkpoint_table(name: &str) -> String {
    format!("{name}-checkpoints")
}

/// Every variable the agent reads, in one order.
pub fn environment_names() -> impl Iterator<Item = &'static str> {
    NUMBERS
        .iter()
        .filter_map(|n| n.env)
        .chain(TEXTS.iter().map(|t| t.env))
        .chain(LISTS.iter().map(|l| l.env))
}

/// A short hash of the agent's configuration as its environment holds it.
///
/// The provider computes it over the environment it deploys and the agent over the environment
/// it runs with: the master flags drift when the two differ (a variable changed by hand, or a
/// function left behind by a failed apply). Blank variables count as unset, as the agent reads
/// them.
pub fn config_hash(lookup: impl Fn(&str) -> Option<String>) -> String {
    let settings: BTreeMap<&str, String> = environment_names()
        .filter_map(|name| Some((name, lookup(name).filter(|v| !v.trim().is_empty())?)))
        .collect();
    let mut hasher = Sha256::new();
    for (name, value) in settings {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(value.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The settings table of `docs/agent.md`.
pub fn settings_table() -> String {
    markdown_table(&NUMBERS, &TEXTS, &LISTS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bus_region_is_read_from_its_arn() {
        assert_eq!(
            event_bus_region("arn:aws:events:eu-central-1:111111111111:event-bus/awsmon"),
            Some("eu-central-1")
        );
        assert_eq!(event_bus_region("awsmon"), None);
        assert_eq!(event_bus_region("arn:aws:sqs:eu-west-1:111111111111:q"), None);
    }

    #[test]
    fn the_config_hash_sees_every_setting_and_only_settings() {
        let env: BTreeMap<&str, &str> = [
            (
                "AWSMON_MASTER_BUS_ARN",
                "arn:aws:events:eu-west-1:111111111111:event-bus/m",
            ),
            ("AWSMON_LOG_GROUP_NAMES", "/aws/lambda/a"),
        ]
        .into();
        let hash = |env: &BTreeMap<&str, &str>| config_hash(|k| env.get(k).map(|v| (*v).to_owned()));
        let base = hash(&env);
        assert_eq!(base.len(), 16);
        let mut with_unrelated = env.clone();
        with_unrelated.insert("AWS_REGION", "eu-west-1");
        with_unrelated.insert("CW_LOG_GROUPS_CHUNK_SIZE", " ");
        assert_eq!(hash(&with_unrelated), base);
        for name in environment_names() {
            let mut changed = env.clone();
            changed.insert(name, "changed");
            assert_ne!(hash(&changed), base, "{name} is not part of the hash");
        }
    }
}
