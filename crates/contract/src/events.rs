//! The AWS events an agent account forwards to the master: the agent module builds its
//! EventBridge rules from the same file (`modules/agent/forwarded-events.json`), and the master's
//! normaliser is tested to accept every source it names.

use serde_json::Value;

/// The file as the module reads it.
pub const FORWARDED_EVENTS_JSON: &str = include_str!("../../../modules/agent/forwarded-events.json");

/// One forwarded kind of event: the rule's key and its event pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct ForwardedEvent {
    pub key: String,
    pub pattern: Value,
}

/// Every forwarded event pattern, by key.
pub fn forwarded_events() -> Vec<ForwardedEvent> {
    let parsed: Value = serde_json::from_str(FORWARDED_EVENTS_JSON).unwrap_or(Value::Null);
    parsed
        .as_object()
        .into_iter()
        .flatten()
        .map(|(key, pattern)| ForwardedEvent {
            key: key.clone(),
            pattern: pattern.clone(),
        })
        .collect()
}

/// The `source` values the forwarded patterns match (`aws.cloudwatch`, `aws.lambda`, ...).
pub fn forwarded_sources() -> Vec<String> {
    let mut sources: Vec<String> = forwarded_events()
        .iter()
        .flat_map(|event| match &event.pattern["source"] {
            Value::Array(values) => values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            Value::String(one) => vec![one.clone()],
            _ => vec![],
        })
        .collect();
    sources.sort();
    sources.dedup();
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_parses_and_every_pattern_names_its_sources() {
        let events = forwarded_events();
        assert!(events.len() >= 4, "{events:?}");
        for event in &events {
            assert!(event.pattern["source"].is_array(), "{}", event.key);
        }
        assert!(forwarded_sources().contains(&"aws.cloudwatch".to_owned()));
    }
}
