//! Events of a custom source (`crate::custom_source`): an AWS event the native normalisers do
//! not read, matched by a pattern of the user's, read as the user said.
//!
//! - Type `custom-event`; `source` is the event's own (`aws.rds`, `aws.states`).
//! - Title and resource from the source's templates; severity the source's, else the policy's
//!   `custom-event` rule.
//! - Resolves when the source's `resolved_when` pattern matches (then `info`).
//! - Fingerprint from the source's name, the rendered resource and the title *template*, so
//!   every event of one source about one resource is one issue, and the event that resolves it
//!   finds it.
//! - Id from what the event says: the source's name, account, Region, `source`,
//!   `detail-type`, `time`, `resources` and `detail` (as the agent forwarded them, redacted):
//!   a redelivery, the event forwarded by two rules, or the same fact put on the bus again is
//!   stored once. AWS's envelope `id` is not used: a second `PutEvents` of the same fact gets
//!   a new one.

use serde_json::Value;

use super::{
    MonitoringEvent, Rejection, SeverityPolicy, bounded, envelope_ids, first_time, one_line, str_at,
};
use crate::custom_source::CustomSource;
use crate::ids::{EventId, Fingerprint};
use crate::monitoring_event::EventType;
use crate::severity::Severity;

pub(super) fn normalise(
    envelope: &Value,
    source: &CustomSource,
    policy: &SeverityPolicy,
) -> Result<MonitoringEvent, Rejection> {
    let (account, region) = envelope_ids(envelope)?;
    let event_source = str_at(envelope, "/source", "source")?;
    let detail_type = str_at(envelope, "/detail-type", "detail-type")?;
    let time =
        first_time(envelope, &["/time"]).ok_or_else(|| super::field("time", "missing or not a time"))?;
    let resolves = source
        .resolved_when
        .as_ref()
        .is_some_and(|pattern| pattern.matches(envelope));
    let severity = if resolves {
        Severity::Info
    } else {
        source
            .severity
            .unwrap_or_else(|| policy.rule(EventType::CustomEvent).severity)
    };
    let title = one_line(&source.title.render(envelope), super::MAX_TITLE_CHARS);
    let mut resource = one_line(&source.resource.render(envelope), super::MAX_RESOURCE_CHARS);
    if resource.is_empty() || resource == "-" {
        resource = format!("{event_source} {detail_type}");
    }
    let context = vec![
        format!(
            "custom source {}: {event_source} / {detail_type}{}",
            source.name,
            if resolves { " (resolves)" } else { "" }
        ),
        format!("resource {resource}"),
    ];
    Ok(MonitoringEvent {
        id: EventId::derive(
            "custom",
            &[
                &source.name,
                account.as_str(),
                region.as_str(),
                event_source,
                detail_type,
                &time.millis().to_string(),
                // serde_json's maps are sorted: the same content is the same text.
                &envelope.get("resources").unwrap_or(&Value::Null).to_string(),
                &envelope.get("detail").unwrap_or(&Value::Null).to_string(),
            ],
        ),
        fingerprint: Fingerprint::of(&["custom", &source.name, &resource, source.title.as_str()]),
        account_id: account,
        region,
        source: event_source.to_owned(),
        event_type: EventType::CustomEvent,
        severity,
        time,
        title,
        resource,
        count: 1,
        resolves,
        context: bounded(context),
        agent_event: None,
    })
}
