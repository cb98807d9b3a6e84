//! AWS Health events (`aws.health` / `AWS Health Event`, `AWS Health Abuse Event`).
//!
//! `statusCode` `open` and `upcoming` are problems (a missing one, as in older events and abuse
//! reports, counts as `open`); `closed` resolves the issue of the same `eventArn`. Issues
//! (`issue`, `investigation`) and abuse reports take the policy's `health-event` severity;
//! scheduled changes and account notifications are `low`.

use serde_json::Value;

use super::{
    MonitoringEvent, Rejection, SeverityPolicy, bounded, envelope_ids, field, first_time, one_line, opt_str,
    str_at,
};
use crate::ids::{AccountId, EventId, Fingerprint, Region};
use crate::monitoring_event::EventType;
use crate::severity::Severity;

pub(super) fn normalise(
    envelope: &Value,
    detail: &Value,
    policy: &SeverityPolicy,
) -> Result<MonitoringEvent, Rejection> {
    let (envelope_account, envelope_region) = envelope_ids(envelope)?;
    let event_arn = str_at(detail, "/eventArn", "detail.eventArn")?;
    let status = opt_str(detail, "/statusCode", "detail.statusCode")?.unwrap_or("open");
    let resolves = match status {
        "open" | "upcoming" => false,
        "closed" => true,
        _ => return Err(field("detail.statusCode", "not open, upcoming or closed")),
    };
    let abuse = envelope.get("detail-type").and_then(Value::as_str) == Some("AWS Health Abuse Event");
    let code = opt_str(detail, "/eventTypeCode", "detail.eventTypeCode")?.unwrap_or("AWS_HEALTH_EVENT");
    let service = opt_str(detail, "/service", "detail.service")?.unwrap_or("AWS");
    let category = opt_str(detail, "/eventTypeCategory", "detail.eventTypeCategory")?.unwrap_or("issue");
    // The affected account (organizational view) and Region, when they are a real account and
    // Region; a `global` event stays in the Region it was delivered to.
    let account = opt_str(detail, "/affectedAccount", "detail.affectedAccount")?
        .and_then(|a| AccountId::parse(a).ok())
        .unwrap_or(envelope_account);
    let region = opt_str(detail, "/eventRegion", "detail.eventRegion")?
        .and_then(|r| Region::parse(r).ok())
        .unwrap_or(envelope_region);
    let severity = if resolves {
        Severity::Info
    } else if abuse || matches!(category, "issue" | "investigation") {
        policy.rule(EventType::HealthEvent).severity
    } else {
        Severity::Low
    };
    let time = first_time(detail, &["/lastUpdatedTime", "/startTime"])
        .or_else(|| first_time(envelope, &["/time"]))
        .ok_or_else(|| {
            field(
                "time",
                "no time in detail.lastUpdatedTime, detail.startTime or time",
            )
        })?;
    let entities = affected_entities(detail);
    let resource = entities
        .first()
        .copied()
        .or_else(|| envelope.pointer("/resources/0").and_then(Value::as_str))
        .unwrap_or(event_arn);
    let context = context(
        &format!("{service} {category}, status {status}"),
        english_description(detail),
        &entities,
    );
    let last_updated = detail
        .get("lastUpdatedTime")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let title = if resolves {
        format!("AWS Health {code} ({service}) is closed")
    } else {
        format!("AWS Health {code} ({service}) is {status}")
    };
    Ok(MonitoringEvent {
        id: EventId::derive(
            "health",
            &[
                event_arn,
                account.as_str(),
                status,
                last_updated,
                &time.millis().to_string(),
            ],
        ),
        fingerprint: Fingerprint::of(&["health", event_arn]),
        account_id: account,
        region,
        source: "aws.health".into(),
        event_type: EventType::HealthEvent,
        severity,
        time,
        title,
        resource: resource.to_owned(),
        count: 1,
        resolves,
        context: bounded(context),
        agent_event: None,
    })
}

/// The event's description in English, or in the first language it has.
fn english_description(detail: &Value) -> &str {
    detail
        .get("eventDescription")
        .and_then(Value::as_array)
        .and_then(|d| {
            d.iter()
                .find(|x| x.get("language").and_then(Value::as_str) == Some("en_US"))
                .or_else(|| d.first())
        })
        .and_then(|d| d.get("latestDescription"))
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// What the event affects: instance ids, ARNs, domain names.
fn affected_entities(detail: &Value) -> Vec<&str> {
    detail
        .get("affectedEntities")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| e.get("entityValue").and_then(Value::as_str))
        .collect()
}

/// The summary line, the description, and the first ten affected entities.
fn context(summary: &str, description: &str, entities: &[&str]) -> Vec<String> {
    let mut context = vec![summary.to_owned(), one_line(description, 500)];
    if !entities.is_empty() {
        let shown: Vec<&str> = entities.iter().copied().take(10).collect();
        let more = entities.len() - shown.len();
        context.push(if more > 0 {
            format!("affected: {} and {more} more", shown.join(", "))
        } else {
            format!("affected: {}", shown.join(", "))
        });
    }
    context
}
