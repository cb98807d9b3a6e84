//! CloudWatch alarm state changes: metric, metric math, anomaly detection and composite alarms.
//!
//! The EventBridge event carries the alarm in `detail`; the payload an alarm sends to a Lambda
//! action carries the same object as `alarmData` (with `alarmArn` and `accountId` beside it).
//! Both are read.
//!
//! - `ALARM`: a problem, at the policy's alarm severity.
//! - `OK`: resolves the alarm's issue.
//! - `INSUFFICIENT_DATA`: ignored. It says the metric has no data to judge, not that anything
//!   crossed a threshold nor that a problem ended; an alarm that should fire on missing data
//!   is configured with `TreatMissingData = breaching` and then goes to `ALARM`.
//! - a composite alarm whose actions were suppressed (`state.actionsSuppressedBy`): ignored,
//!   since its owner asked for silence (a maintenance window alarm, a wait or extension period).

use serde_json::Value;

use super::{
    MonitoringEvent, Rejection, SeverityPolicy, bounded, envelope_ids, field, opt_str, parse_aws_time, str_at,
};
use crate::ids::{AccountId, EventId, Fingerprint, Region};
use crate::monitoring_event::EventType;
use crate::severity::Severity;

pub(super) fn normalise(envelope: &Value, policy: &SeverityPolicy) -> Result<MonitoringEvent, Rejection> {
    let (alarm, data_field) = match (envelope.get("detail"), envelope.get("alarmData")) {
        (Some(detail), _) if detail.is_object() => (detail, "detail"),
        (None, Some(data)) if data.is_object() => (data, "alarmData"),
        _ => return Err(field("detail", "must be a JSON object (or `alarmData`)")),
    };
    let (account, region) = ids(envelope)?;
    let name = str_at(alarm, "/alarmName", name_field(data_field))?;
    let state = str_at(alarm, "/state/value", state_field(data_field))?;
    if let Some(by) = opt_str(
        alarm,
        "/state/actionsSuppressedBy",
        "detail.state.actionsSuppressedBy",
    )? {
        let why = opt_str(
            alarm,
            "/state/actionsSuppressedReason",
            "detail.state.actionsSuppressedReason",
        )?
        .unwrap_or("no reason given");
        return Err(Rejection::Ignored(format!(
            "alarm {name} is {state} but its actions are suppressed by {by} ({why})"
        )));
    }
    let rule = policy.rule(EventType::Alarm);
    let (severity, resolves) = match state {
        "ALARM" => (rule.severity, false),
        "OK" => (Severity::Info, true),
        "INSUFFICIENT_DATA" => {
            return Err(Rejection::Ignored(format!(
                "alarm {name} is INSUFFICIENT_DATA: its metric has no data to judge, which is \
                 neither a problem nor a recovery"
            )));
        }
        _ => {
            return Err(field(
                state_field(data_field),
                "not ALARM, OK or INSUFFICIENT_DATA",
            ));
        }
    };
    // The state's own timestamp, else when EventBridge saw the change.
    let time = alarm
        .pointer("/state/timestamp")
        .and_then(Value::as_str)
        .and_then(parse_aws_time)
        .or_else(|| {
            envelope
                .get("time")
                .and_then(Value::as_str)
                .and_then(parse_aws_time)
        })
        .ok_or_else(|| field("detail.state.timestamp", "not a time, and neither is `time`"))?;
    let arn = envelope
        .pointer("/resources/0")
        .or_else(|| envelope.get("alarmArn"))
        .and_then(Value::as_str)
        .map(|a| a.split_whitespace().collect::<String>())
        .filter(|a| a.starts_with("arn:"))
        .unwrap_or_else(|| format!("arn:aws:cloudwatch:{region}:{account}:alarm:{name}"));
    let composite = alarm.pointer("/configuration/alarmRule").is_some()
        || reason_data(alarm).is_some_and(|d| d.get("triggeringAlarms").is_some());
    let context = context(alarm, composite)?;
    let kind = if composite { "Composite alarm" } else { "Alarm" };
    Ok(MonitoringEvent {
        id: EventId::derive("alarm", &[&arn, state, &time.millis().to_string()]),
        fingerprint: Fingerprint::of(&["alarm", &arn]),
        account_id: account,
        region,
        source: "aws.cloudwatch".into(),
        event_type: EventType::Alarm,
        severity,
        time,
        title: format!("{kind} {name} is {state}"),
        resource: arn,
        count: 1,
        resolves,
        context: bounded(context),
        agent_event: None,
    })
}

/// What a person reads: the state's reason, the alarm's description, and for a composite
/// alarm its rule and the alarms that triggered it, else the metric it watches.
fn context(alarm: &Value, composite: bool) -> Result<Vec<String>, Rejection> {
    let reason = opt_str(alarm, "/state/reason", "detail.state.reason")?.unwrap_or_default();
    let description = opt_str(
        alarm,
        "/configuration/description",
        "detail.configuration.description",
    )?
    .unwrap_or_default();
    let mut context = vec![reason.to_owned(), description.to_owned()];
    if composite {
        if let Some(rule) = alarm.pointer("/configuration/alarmRule").and_then(Value::as_str) {
            context.push(format!("alarm rule: {rule}"));
        }
        let triggering: Vec<String> = reason_data(alarm)
            .and_then(|d| d.get("triggeringAlarms").cloned())
            .and_then(|t| t.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|t| t.get("arn").and_then(Value::as_str))
            .map(|arn| arn.rsplit(":alarm:").next().unwrap_or(arn).to_owned())
            .collect();
        if !triggering.is_empty() {
            context.push(format!("triggered by {}", triggering.join(", ")));
        }
    } else if let Some(metric) = metric_summary(alarm) {
        context.push(metric);
    }
    Ok(context)
}

fn name_field(data_field: &str) -> &'static str {
    if data_field == "detail" {
        "detail.alarmName"
    } else {
        "alarmData.alarmName"
    }
}

fn state_field(data_field: &str) -> &'static str {
    if data_field == "detail" {
        "detail.state.value"
    } else {
        "alarmData.state.value"
    }
}

/// The account and region: the EventBridge envelope's, or the Lambda action payload's
/// `accountId`/`region`.
fn ids(envelope: &Value) -> Result<(AccountId, Region), Rejection> {
    if envelope.get("account").is_some() || envelope.get("accountId").is_none() {
        return envelope_ids(envelope);
    }
    let account = AccountId::parse(str_at(envelope, "/accountId", "accountId")?.trim())
        .map_err(|e| field("accountId", &e.to_string()))?;
    let region =
        Region::parse(str_at(envelope, "/region", "region")?).map_err(|e| field("region", &e.to_string()))?;
    Ok((account, region))
}

/// `state.reasonData` is JSON in a string.
fn reason_data(alarm: &Value) -> Option<Value> {
    alarm
        .pointer("/state/reasonData")
        .and_then(Value::as_str)
        .and_then(|raw| serde_json::from_str(raw).ok())
}

/// `AWS/EC2 CPUUtilization (InstanceId=i-1234)` for the first metric the alarm returns.
fn metric_summary(alarm: &Value) -> Option<String> {
    let metrics = alarm.pointer("/configuration/metrics")?.as_array()?;
    let metric = metrics
        .iter()
        .find(|m| m.get("metricStat").is_some())?
        .pointer("/metricStat/metric")?;
    let namespace = metric.get("namespace").and_then(Value::as_str).unwrap_or("?");
    let name = metric.get("name").and_then(Value::as_str).unwrap_or("?");
    let dimensions: Vec<String> = metric
        .get("dimensions")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
        .collect();
    Some(format!("metric {namespace} {name} ({})", dimensions.join(", ")))
}
