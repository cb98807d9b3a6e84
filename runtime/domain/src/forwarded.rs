//! AWS's own events (alarm state changes, ECS task stops, Lambda failures, GuardDuty findings,
//! AWS Health events) forwarded by an agent: the agent account's default-bus rules
//! (`modules/agent/forwarded-events.json`) invoke the agent function, which redacts the event
//! and publishes it to the master bus wrapped in an `awsmon.forwarded` agent event. An alarm
//! description, an ECS stop reason or a Lambda failure payload therefore leaves its account
//! redacted, as log lines do (issue 14, item 2).
//!
//! The agent side: [`invocation`] tells a forwarded event from the agent's scheduled run, and
//! [`wrap`] builds the `detail`. The master side: [`unwrap`] checks the wrapper against the
//! envelope EventBridge wrote and gives back the inner event, which the normaliser reads as it
//! reads a native event (same ids, same fingerprints, so the same issues).

use serde_json::{Map, Value};

use crate::agent_event::{AgentEventError, AgentIdentity, SCHEMA_VERSION};
use crate::ids::AccountId;
use crate::redact::Redactor;

/// The `detail-type` of a forwarded event (source [`crate::agent_event::SOURCE`]).
pub const DETAIL_TYPE: &str = "awsmon.forwarded";

/// A string of a forwarded event is cut (with a marker, after redaction) to this many
/// characters: more than an ARN (2,048) or any name AWS writes, so that ids and fingerprints
/// stay those of the native event; free text longer than this is only ever read cut.
pub const MAX_STRING_CHARS: usize = 4_096;
/// When the wrapped event still does not fit, strings are cut shorter, down to this.
pub const MIN_STRING_CHARS: usize = 256;

/// What invoked the agent function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invocation {
    /// Its schedule (`Scheduled Event` from `aws.events`), or anything that is not an AWS
    /// service's event (a manual test invoke): scan the logs, as the agent always did.
    Run,
    /// An AWS service's event (source `aws.*` or `lambda`, the sources forwarded-events.json
    /// matches) that a forwarding rule delivered: redact, wrap and publish it.
    Forward,
}

/// What the agent was invoked with.
pub fn invocation(event: &Value) -> Invocation {
    let source = event.get("source").and_then(Value::as_str).unwrap_or_default();
    let detail_type = event
        .get("detail-type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let aws_service = source.starts_with("aws.") || source == "lambda";
    let scheduled = source == "aws.events" && detail_type == "Scheduled Event";
    if aws_service && !scheduled && !detail_type.is_empty() && event.get("detail").is_some() {
        Invocation::Forward
    } else {
        Invocation::Run
    }
}

/// Why an event could not be wrapped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WrapError {
    #[error("the forwarded event is not a JSON object")]
    NotAnObject,
    #[error(
        "the forwarded event is {bytes} bytes redacted, over {limit} even with strings cut to {MIN_STRING_CHARS} characters"
    )]
    TooLarge { bytes: usize, limit: usize },
}

/// The `detail` of the `awsmon.forwarded` event for `event`: every string of its `detail` and
/// `resources` (values and keys, at any depth) redacted with `redactor`, each cut to at most
/// [`MAX_STRING_CHARS`], shorter if the serialised detail would exceed `max_bytes`. The rest
/// of the envelope (`id`, `source`, `detail-type`, `account`, `time`, `region`) is AWS's and
/// kept as it is.
pub fn wrap(
    event: &Value,
    agent: &AgentIdentity,
    redactor: &Redactor,
    max_bytes: usize,
) -> Result<Value, WrapError> {
    let Value::Object(envelope) = event else {
        return Err(WrapError::NotAnObject);
    };
    // Redact once; only the cutting is repeated when the event is too large.
    let mut redacted = envelope.clone();
    for field in ["detail", "resources"] {
        if let Some(value) = redacted.get_mut(field) {
            redact_value(value, redactor);
        }
    }
    let mut max_chars = MAX_STRING_CHARS;
    loop {
        let mut inner = redacted.clone();
        for field in ["detail", "resources"] {
            if let Some(value) = inner.get_mut(field) {
                cut_strings(value, max_chars);
            }
        }
        let detail = serde_json::json!({
            "schema_version": SCHEMA_VERSION,
            "agent": agent,
            "event": Value::Object(inner),
        });
        let bytes = detail.to_string().len();
        if bytes <= max_bytes {
            return Ok(detail);
        }
        if max_chars <= MIN_STRING_CHARS {
            return Err(WrapError::TooLarge {
                bytes,
                limit: max_bytes,
            });
        }
        max_chars = (max_chars / 2).max(MIN_STRING_CHARS);
    }
}

/// Redact every string in `value`. A value is also judged with its key, as the redactor judges
/// `password=x`: `{"password": "hunter2"}` is redacted although `hunter2` alone is not a secret.
fn redact_value(value: &mut Value, redactor: &Redactor) {
    match value {
        Value::String(text) if is_arn(text) => {}
        Value::String(text) => *text = redactor.redact(text),
        Value::Array(items) => items.iter_mut().for_each(|item| redact_value(item, redactor)),
        Value::Object(fields) => {
            let mut out = Map::with_capacity(fields.len());
            for (key, mut item) in std::mem::take(fields) {
                if !matches!(item, Value::Array(_) | Value::Object(_)) && !item.as_str().is_some_and(is_arn) {
                    item = redact_pair(&key, item, redactor);
                }
                redact_value(&mut item, redactor);
                out.insert(redactor.redact(&key), item);
            }
            *fields = out;
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// A whole ARN (`arn:<partition>:<service>:<region>:<account>:<resource>`, no space): AWS's
/// name of a resource, kept as it is. Ids and fingerprints are made of ARNs (an alarm's, a
/// Health event's, an ECS cluster's), and the redactor would take the long number in
/// `arn:aws:health:…::event/…_90353408594353980` for a card or a phone number, which would
/// file the forwarded event under another issue than the native one.
fn is_arn(text: &str) -> bool {
    text.starts_with("arn:") && text.split(':').count() >= 6 && !text.chars().any(char::is_whitespace)
}

/// `item` as the redactor leaves it when it reads `{"<key>": <item>}`; when the redacted text
/// is no longer that JSON (a finding took the quotes), the whole value is replaced: failing
/// closed.
fn redact_pair(key: &str, item: Value, redactor: &Redactor) -> Value {
    let mut pair = Map::new();
    pair.insert(key.to_owned(), item);
    let text = serde_json::to_string(&pair).unwrap_or_default();
    let redacted = redactor.redact(&text);
    if redacted == text {
        return pair.remove(key).unwrap_or(Value::Null);
    }
    match serde_json::from_str::<Value>(&redacted) {
        Ok(Value::Object(mut pair)) if pair.len() == 1 => pair
            .remove(key)
            .unwrap_or_else(|| Value::String("<redacted>".into())),
        _ => Value::String("<redacted>".into()),
    }
}

fn cut_strings(value: &mut Value, max_chars: usize) {
    match value {
        Value::String(text) => crate::bounds::cut_marked(text, max_chars),
        Value::Array(items) => items.iter_mut().for_each(|item| cut_strings(item, max_chars)),
        Value::Object(fields) => fields.values_mut().for_each(|item| cut_strings(item, max_chars)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// The AWS event inside an `awsmon.forwarded` event, checked against the `envelope` EventBridge
/// wrote: its `account` must be the envelope's (the account that called PutEvents: an agent
/// forwards only its own account's events), as must the declared `detail.agent.account_id`,
/// and its `region` must be the agent's declared region. The inner event is an AWS service's
/// event, never another awsmon event.
pub fn unwrap<'a>(detail: &'a Value, envelope_account: &AccountId) -> Result<&'a Value, AgentEventError> {
    let schema = |path: &str, reason: &str| AgentEventError::Schema {
        detail_type: DETAIL_TYPE,
        path: path.into(),
        reason: reason.into(),
    };
    match detail.get("schema_version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(SCHEMA_VERSION) => {}
        Some(v) => {
            return Err(AgentEventError::SchemaVersion {
                found: u32::try_from(v).unwrap_or(u32::MAX),
            });
        }
        None => return Err(schema("detail.schema_version", "missing or not a whole number")),
    }
    let agent: AgentIdentity = serde_path_to_error::deserialize(detail.get("agent").unwrap_or(&Value::Null))
        .map_err(|e| schema("detail.agent", &crate::reason::serde_reason(e.inner())))?;
    if &agent.account_id != envelope_account {
        return Err(AgentEventError::ForeignAccount);
    }
    let inner = detail
        .get("event")
        .filter(|e| e.is_object())
        .ok_or_else(|| schema("detail.event", "missing or not a JSON object"))?;
    let text = |field: &str| inner.get(field).and_then(Value::as_str);
    match text("source") {
        Some(source) if source.starts_with("aws.") || source == "lambda" => {}
        _ => {
            return Err(schema(
                "detail.event.source",
                "missing or not an AWS service's source (aws.* or lambda)",
            ));
        }
    }
    if text("account") != Some(envelope_account.as_str()) {
        return Err(AgentEventError::ForeignForwardedAccount);
    }
    if text("region") != Some(agent.region.as_str()) {
        return Err(AgentEventError::ForeignForwardedRegion);
    }
    Ok(inner)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::ids::Region;

    fn agent() -> AgentIdentity {
        AgentIdentity {
            account_id: AccountId::parse("222222222222").unwrap(),
            region: Region::parse("eu-west-1").unwrap(),
            agent_version: "0.1.0".into(),
        }
    }

    fn fixture(name: &str) -> Value {
        let path = format!("{}/fixtures/events/{name}.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    /// An invented secret of the shape the e2e plants too.
    const PASSWORD: &str = "EXAMPLE-invented-pw-4711";
    const TOKEN: &str = "ghp_EXAMPLEinventedT0kenAbCdEfGhIjKlMnOp";

    #[test]
    fn scheduled_runs_and_aws_events_are_told_apart() {
        let scheduled = json!({"source": "aws.events", "detail-type": "Scheduled Event", "detail": {}});
        assert_eq!(invocation(&scheduled), Invocation::Run);
        assert_eq!(
            invocation(&json!({})),
            Invocation::Run,
            "a manual test invoke runs"
        );
        assert_eq!(
            invocation(&json!({"source": "awsmon.agent", "detail-type": "awsmon.heartbeat", "detail": {}})),
            Invocation::Run
        );
        for name in [
            "alarm-single-metric",
            "ecs-stopped-exit-1",
            "lambda-async-failure-eventbridge",
            "guardduty-sample-ec2",
            "health-operational-issue-open",
        ] {
            assert_eq!(invocation(&fixture(name)), Invocation::Forward, "{name}");
        }
    }

    #[test]
    fn planted_secrets_in_an_alarm_an_ecs_stop_and_a_lambda_failure_are_redacted() {
        let redactor = Redactor::default();
        let mut alarm = fixture("alarm-single-metric");
        alarm["detail"]["configuration"]["description"] =
            json!(format!("orders 5xx; runbook login password={PASSWORD}"));
        let mut ecs = fixture("ecs-stopped-exit-1");
        ecs["detail"]["stoppedReason"] = json!(format!("Essential container exited: DB_PASSWORD={PASSWORD}"));
        ecs["detail"]["containers"][0]["reason"] = json!(format!("startup failed with token {TOKEN}"));
        let mut lambda = fixture("lambda-async-failure-eventbridge");
        lambda["detail"]["requestPayload"] = json!({"user": "bob", "password": PASSWORD, "nested": [{"api_key": "EXAMPLE-invented-key-0815"}]});
        lambda["detail"]["responsePayload"] = json!({"errorType": "LoginError", "errorMessage": format!("login failed: password={PASSWORD} token {TOKEN}")});
        for event in [alarm, ecs, lambda] {
            let wrapped = wrap(&event, &agent(), &redactor, 256 * 1024).unwrap();
            let text = wrapped.to_string();
            for secret in [PASSWORD, TOKEN, "EXAMPLE-invented-key-0815"] {
                assert!(!text.contains(secret), "{secret} survives in {text}");
            }
            assert_eq!(wrapped["schema_version"], SCHEMA_VERSION);
            assert_eq!(wrapped["agent"]["account_id"], "222222222222");
            for field in ["id", "source", "detail-type", "account", "region", "time"] {
                assert_eq!(wrapped["event"][field], event[field], "{field} is AWS's, kept");
            }
        }
    }

    #[test]
    fn user_patterns_apply_too() {
        let redactor = Redactor::new(&["ORDER-[0-9]+".to_owned()]).unwrap();
        let mut alarm = fixture("alarm-single-metric");
        alarm["detail"]["configuration"]["description"] = json!("fails for ORDER-12345");
        let wrapped = wrap(&alarm, &agent(), &redactor, 256 * 1024).unwrap();
        assert_eq!(
            wrapped["event"]["detail"]["configuration"]["description"],
            "fails for <redacted>"
        );
    }

    #[test]
    fn an_oversized_event_is_cut_to_fit_or_refused() {
        let mut lambda = fixture("lambda-async-failure-eventbridge");
        lambda["detail"]["requestPayload"] = json!({"body": "x ".repeat(200_000)});
        let wrapped = wrap(&lambda, &agent(), &Redactor::default(), 16 * 1024).unwrap();
        assert!(wrapped.to_string().len() <= 16 * 1024);
        let body = wrapped["event"]["detail"]["requestPayload"]["body"]
            .as_str()
            .unwrap();
        assert!(body.contains("characters cut]"), "{body}");
        lambda["detail"]["requestPayload"] = json!(vec!["many small strings"; 10_000]);
        assert!(matches!(
            wrap(&lambda, &agent(), &Redactor::default(), 16 * 1024),
            Err(WrapError::TooLarge { .. })
        ));
    }

    #[test]
    fn unwrap_checks_the_accounts_and_the_region() {
        let wrapped = wrap(
            &fixture("alarm-single-metric"),
            &agent(),
            &Redactor::default(),
            256 * 1024,
        )
        .unwrap();
        let own = AccountId::parse(wrapped["event"]["account"].as_str().unwrap()).unwrap();
        // The fixture's own account, declared by an agent of that account.
        let mut detail = wrapped.clone();
        detail["agent"]["account_id"] = json!(own.as_str());
        detail["agent"]["region"] = wrapped["event"]["region"].clone();
        assert_eq!(unwrap(&detail, &own).unwrap(), &detail["event"]);

        let other = AccountId::parse("333333333333").unwrap();
        assert_eq!(unwrap(&detail, &other), Err(AgentEventError::ForeignAccount));
        let mut foreign_inner = detail.clone();
        foreign_inner["event"]["account"] = json!("333333333333");
        let error = unwrap(&foreign_inner, &own).unwrap_err();
        assert_eq!(error, AgentEventError::ForeignForwardedAccount);
        assert!(error.to_string().contains("detail.event.account"), "{error}");
        let mut foreign_region = detail.clone();
        foreign_region["event"]["region"] = json!("ap-south-1");
        assert_eq!(
            unwrap(&foreign_region, &own),
            Err(AgentEventError::ForeignForwardedRegion)
        );
        let mut nested = detail.clone();
        nested["event"]["source"] = json!("awsmon.agent");
        assert!(matches!(
            unwrap(&nested, &own),
            Err(AgentEventError::Schema { .. })
        ));
        let mut version = detail;
        version["schema_version"] = json!(2);
        assert_eq!(
            unwrap(&version, &own),
            Err(AgentEventError::SchemaVersion { found: 2 })
        );
    }
}
