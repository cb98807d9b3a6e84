//! The events an awsmon agent puts on the master bus: the wire contract between
//! `query-error-logs` (agent) and `handle-monitoring-events` (master).
//!
//! Every event has EventBridge `source` = [`SOURCE`], a `detail-type` from [`AgentDetailType`]
//! and a `detail` with `schema_version` and a deterministic `id`: a retry of the same run
//! produces the same id, so the master stores it once. Documented with samples in
//! `docs/events.md`.

use serde::{Deserialize, Serialize};

use crate::ids::{AccountId, EventId, Fingerprint, Region};
use crate::timestamp::Timestamp;

/// EventBridge `source` of every awsmon agent event.
pub const SOURCE: &str = "awsmon.agent";
/// The detail schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;
/// What the master keeps of fields the agent bounds itself (cut with a marker, see
/// [`crate::bounds`]): a log group name (AWS allows 512), a template (the agent cuts its
/// templates at 1,000), a heartbeat's error lines (the agent sends 20 and a count), the agent's
/// version and configuration hash.
pub const MAX_LOG_GROUP_CHARS: usize = 512;
pub const MAX_TEMPLATE_CHARS: usize = 1_000;
pub const MAX_HEARTBEAT_ERRORS: usize = 21;
pub const MAX_HEARTBEAT_ERROR_CHARS: usize = 500;
pub const MAX_VERSION_CHARS: usize = 64;
pub const MAX_CONFIG_HASH_CHARS: usize = 128;
/// How far an agent's times may be from the time EventBridge gives the event (the envelope's
/// `time`), and how far that time may be ahead of the master's clock when the event arrives:
/// 15 minutes. Clocks of Lambda hosts are NTP-synchronised to well under a second; the bound
/// leaves room for a PutEvents retried within a run, and it keeps a forged `started_at` dated
/// 9999 (which would hold an agent healthy forever) out of the registry.
pub const MAX_CLOCK_SKEW_SECS: i64 = 15 * 60;
/// The longest an agent run lasts (Lambda's maximum timeout): a heartbeat is sent at the end of
/// its run, so its `started_at` may be this much earlier than the envelope's time, plus the skew.
pub const MAX_RUN_SECS: i64 = 15 * 60;
/// At most this many samples travel with an error-log event.
pub const MAX_SAMPLES: usize = 3;
/// A sample is cut to this many characters (before the master sees it).
pub const MAX_SAMPLE_CHARS: usize = 1_000;

/// The `detail-type` of each agent event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgentDetailType {
    ErrorLog,
    Heartbeat,
    Deployment,
    /// An AWS service's event the agent forwards, redacted: read by
    /// [`crate::forwarded::unwrap`], not by [`AgentEvent::parse`].
    Forwarded,
}

impl AgentDetailType {
    pub const ALL: [Self; 4] = [Self::ErrorLog, Self::Heartbeat, Self::Deployment, Self::Forwarded];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ErrorLog => "awsmon.error-log",
            Self::Heartbeat => "awsmon.heartbeat",
            Self::Deployment => "awsmon.deployment",
            Self::Forwarded => crate::forwarded::DETAIL_TYPE,
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == raw)
    }
}

/// Which agent sent an event. The agent id is `<account>/<region>`: one agent per account and
/// region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentIdentity {
    pub account_id: AccountId,
    pub region: Region,
    /// The runtime version (the awsmon release) the agent runs.
    pub agent_version: String,
}

impl AgentIdentity {
    pub fn agent_id(&self) -> String {
        format!("{}/{}", self.account_id, self.region)
    }
}

/// A half-open interval of log time `[start, end)` that one query run covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeWindow {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// Error lines of one log group that share a fingerprint, found in one window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorLogDetected {
    pub schema_version: u32,
    /// `EventId::derive("err", [account, region, log_group, fingerprint, window.start])`.
    pub id: EventId,
    pub agent: AgentIdentity,
    pub log_group: String,
    pub fingerprint: Fingerprint,
    /// Which version of the agent's fingerprints `fingerprint` is (1 before there were
    /// versions): see `awsmon_domain::log::FINGERPRINT_VERSION`.
    #[serde(default = "first_fingerprint_version")]
    pub fingerprint_version: u32,
    /// The previous version's fingerprint of the same lines, so that an upgrade keeps the
    /// issues the previous version opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_fingerprint: Option<Fingerprint>,
    /// The normalised message the fingerprint was computed from (redacted).
    pub template: String,
    /// Matching lines in the window (at least 1).
    pub count: u64,
    pub first_seen: Timestamp,
    pub last_seen: Timestamp,
    /// Up to [`MAX_SAMPLES`] redacted lines, each at most [`MAX_SAMPLE_CHARS`] characters.
    pub samples: Vec<String>,
    pub window: TimeWindow,
}

fn first_fingerprint_version() -> u32 {
    1
}

/// What one agent run did; sent at the end of every run, also when the run failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heartbeat {
    pub schema_version: u32,
    /// `EventId::derive("hb", [account, region, started_at])`.
    pub id: EventId,
    pub agent: AgentIdentity,
    pub started_at: Timestamp,
    pub duration_ms: u64,
    /// How often the agent runs: the master flags it silent after 3 periods without a heartbeat.
    pub schedule_period_secs: u64,
    /// SHA-256 prefix of the agent's effective configuration (to see drift between accounts).
    pub config_hash: String,
    pub log_groups_watched: u64,
    pub queries: u64,
    pub lines_matched: u64,
    /// Lines the query returned that the classifier found were not errors (an INFO line that
    /// says `0 errors`): counted, never published.
    #[serde(default)]
    pub lines_not_errors: u64,
    pub events_published: u64,
    /// Log time this run covered, summed over chunks, in milliseconds.
    pub covered_ms: u64,
    pub failed_chunks: u64,
    /// Short, redacted descriptions of what went wrong (missing groups, failed queries...).
    pub errors: Vec<String>,
}

/// An agent was deployed, updated or removed (sent by the provider/agent at deploy time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deployment {
    pub schema_version: u32,
    /// `EventId::derive("dep", [account, region, action, config_hash, at])`.
    pub id: EventId,
    pub agent: AgentIdentity,
    pub action: DeploymentAction,
    pub config_hash: String,
    pub schedule_period_secs: u64,
    pub at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeploymentAction {
    Deployed,
    Updated,
    Removed,
}

/// One agent event, parsed and validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgentEvent {
    ErrorLog(ErrorLogDetected),
    Heartbeat(Heartbeat),
    Deployment(Deployment),
}

/// Why an agent event was rejected. Each names its reason and the field's path in the event
/// (`detail.agent.account_id`); none is worth retrying, and none repeats a refused value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AgentEventError {
    #[error("unknown detail-type {0:?} for source awsmon.agent")]
    UnknownDetailType(String),
    #[error("invalid {path} ({detail_type} schema): {reason}")]
    Schema {
        detail_type: &'static str,
        /// Where in the event: `detail`, `detail.samples[2]`.
        path: String,
        reason: String,
    },
    #[error("unsupported detail.schema_version {found} (this build reads {SCHEMA_VERSION})")]
    SchemaVersion { found: u32 },
    #[error("invalid detail.{field}: {reason}")]
    Invalid { field: &'static str, reason: String },
    /// The agent declares another account than the one EventBridge says sent the event: an
    /// agent speaks only for its own account (a forgery, or a misrouted event).
    #[error(
        "detail.agent.account_id is not the envelope's account (the account EventBridge says sent the event): an agent may only report for its own account"
    )]
    ForeignAccount,
    /// A forwarded AWS event of another account than the one that sent it: an agent forwards
    /// only its own account's events.
    #[error(
        "detail.event.account is not the envelope's account (the account EventBridge says sent the event): an agent may only forward its own account's events"
    )]
    ForeignForwardedAccount,
    /// A forwarded AWS event of another region than the agent's.
    #[error("detail.event.region is not the region the agent declares (detail.agent.region)")]
    ForeignForwardedRegion,
    /// An agent time too far from the envelope's time, or the envelope's time too far ahead of
    /// the master's clock: see [`MAX_CLOCK_SKEW_SECS`].
    #[error("{field} is {how} (allowed clock skew: {MAX_CLOCK_SKEW_SECS} seconds)")]
    ClockSkew {
        /// `detail.started_at`, `time`...
        field: &'static str,
        /// `after the envelope's time`, `before the envelope's time`, `after the master received the event`.
        how: &'static str,
    },
}

/// Longest detail-type repeated in a rejection; real ones are under 20 characters.
const MAX_DETAIL_TYPE_CHARS: usize = 40;

/// `detail.<path>` as serde_path_to_error walked it, bounded (keys are the sender's).
fn detail_path(path: &serde_path_to_error::Path) -> String {
    let path = path.to_string();
    if path == "." {
        "detail".to_owned()
    } else {
        crate::reason::printable(&format!("detail.{path}"), 100)
    }
}

/// One detail type's struct, read from the parsed detail in place (no copy of the detail).
fn read<T: serde::de::DeserializeOwned>(
    kind: AgentDetailType,
    detail: &serde_json::Value,
) -> Result<T, AgentEventError> {
    serde_path_to_error::deserialize(detail).map_err(|e| AgentEventError::Schema {
        detail_type: kind.as_str(),
        path: detail_path(e.path()),
        reason: crate::reason::serde_reason(e.inner()),
    })
}

impl AgentEvent {
    pub fn detail_type(&self) -> AgentDetailType {
        match self {
            Self::ErrorLog(_) => AgentDetailType::ErrorLog,
            Self::Heartbeat(_) => AgentDetailType::Heartbeat,
            Self::Deployment(_) => AgentDetailType::Deployment,
        }
    }

    pub fn id(&self) -> &EventId {
        match self {
            Self::ErrorLog(e) => &e.id,
            Self::Heartbeat(e) => &e.id,
            Self::Deployment(e) => &e.id,
        }
    }

    pub fn agent(&self) -> &AgentIdentity {
        match self {
            Self::ErrorLog(e) => &e.agent,
            Self::Heartbeat(e) => &e.agent,
            Self::Deployment(e) => &e.agent,
        }
    }

    /// Check the event against its EventBridge envelope, which EventBridge writes and the sender
    /// does not: the declared account must be the envelope's `account`, and the agent's times
    /// must be within [`MAX_CLOCK_SKEW_SECS`] of the envelope's `time` (`sent`). A heartbeat's
    /// `started_at` may also be up to [`MAX_RUN_SECS`] earlier (it is sent when its run ends);
    /// an error-log's times may be any time before (a run after an outage catches up on old
    /// windows) but never after.
    pub fn check_envelope(&self, account: &AccountId, sent: Timestamp) -> Result<(), AgentEventError> {
        if &self.agent().account_id != account {
            return Err(AgentEventError::ForeignAccount);
        }
        let skew = MAX_CLOCK_SKEW_SECS * 1_000;
        let latest = sent.plus_millis(skew);
        let after = |field: &'static str, at: Timestamp| {
            if at > latest {
                Err(AgentEventError::ClockSkew {
                    field,
                    how: "after the envelope's time",
                })
            } else {
                Ok(())
            }
        };
        let not_before = |field: &'static str, at: Timestamp, earliest: Timestamp| {
            if at < earliest {
                Err(AgentEventError::ClockSkew {
                    field,
                    how: "before the envelope's time",
                })
            } else {
                Ok(())
            }
        };
        match self {
            Self::ErrorLog(e) => {
                after("detail.first_seen", e.first_seen)?;
                after("detail.last_seen", e.last_seen)?;
                after("detail.window.end", e.window.end)
            }
            Self::Heartbeat(h) => {
                after("detail.started_at", h.started_at)?;
                let earliest = sent.plus_millis(-(skew + MAX_RUN_SECS * 1_000));
                not_before("detail.started_at", h.started_at, earliest)
            }
            Self::Deployment(d) => {
                after("detail.at", d.at)?;
                not_before("detail.at", d.at, sent.plus_millis(-skew))
            }
        }
    }

    /// The id the master stores this event under: derived from the envelope's account and the
    /// agent's own id, so that ids are scoped by account (a sender that reuses another account's
    /// id gets an id of its own, and the real event is still stored). A retry or redelivery of
    /// the same event gives the same id.
    pub fn scoped_id(&self, account: &AccountId) -> EventId {
        let prefix = match self {
            Self::ErrorLog(_) => "err",
            Self::Heartbeat(_) => "hb",
            Self::Deployment(_) => "dep",
        };
        EventId::derive(prefix, &[account.as_str(), self.id().as_str()])
    }

    /// The `detail` JSON for PutEvents.
    pub fn detail_json(&self) -> serde_json::Value {
        let value = match self {
            Self::ErrorLog(e) => serde_json::to_value(e),
            Self::Heartbeat(e) => serde_json::to_value(e),
            Self::Deployment(e) => serde_json::to_value(e),
        };
        value.unwrap_or(serde_json::Value::Null)
    }

    /// Parse and validate the `detail` of an event with this `detail-type`.
    pub fn parse(detail_type: &str, detail: &serde_json::Value) -> Result<Self, AgentEventError> {
        let kind = AgentDetailType::parse(detail_type).ok_or_else(|| {
            AgentEventError::UnknownDetailType(crate::reason::printable(detail_type, MAX_DETAIL_TYPE_CHARS))
        })?;
        match detail.get("schema_version") {
            Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
            Some(serde_json::Value::Number(n)) => {
                return Err(match n.as_u64() {
                    Some(v) => AgentEventError::SchemaVersion {
                        found: u32::try_from(v).unwrap_or(u32::MAX),
                    },
                    None => AgentEventError::Invalid {
                        field: "schema_version",
                        reason: format!("must be the whole number {SCHEMA_VERSION}"),
                    },
                });
            }
            Some(_) => {
                return Err(AgentEventError::Invalid {
                    field: "schema_version",
                    reason: format!("must be the number {SCHEMA_VERSION}, not a string or other type"),
                });
            }
            None => {
                return Err(AgentEventError::Schema {
                    detail_type: kind.as_str(),
                    path: "detail".into(),
                    reason: "missing field `schema_version`".into(),
                });
            }
        }
        let event = match kind {
            AgentDetailType::Forwarded => {
                return Err(AgentEventError::Invalid {
                    field: "event",
                    reason: "an awsmon.forwarded event wraps an AWS event: it is read by forwarded::unwrap"
                        .into(),
                });
            }
            AgentDetailType::ErrorLog => Self::ErrorLog(read(kind, detail)?),
            AgentDetailType::Heartbeat => Self::Heartbeat(read(kind, detail)?),
            AgentDetailType::Deployment => Self::Deployment(read(kind, detail)?),
        };
        event.validate()?;
        let mut event = event;
        event.fit();
        Ok(event)
    }

    /// Cut what a sender could make arbitrarily long, each field with its marker.
    fn fit(&mut self) {
        use crate::bounds::{cut_lines, cut_marked};
        let agent = match self {
            Self::ErrorLog(e) => {
                cut_marked(&mut e.log_group, MAX_LOG_GROUP_CHARS);
                cut_marked(&mut e.template, MAX_TEMPLATE_CHARS);
                &mut e.agent
            }
            Self::Heartbeat(h) => {
                cut_lines(&mut h.errors, MAX_HEARTBEAT_ERRORS, MAX_HEARTBEAT_ERROR_CHARS);
                cut_marked(&mut h.config_hash, MAX_CONFIG_HASH_CHARS);
                &mut h.agent
            }
            Self::Deployment(d) => {
                cut_marked(&mut d.config_hash, MAX_CONFIG_HASH_CHARS);
                &mut d.agent
            }
        };
        cut_marked(&mut agent.agent_version, MAX_VERSION_CHARS);
    }

    fn validate(&self) -> Result<(), AgentEventError> {
        let invalid = |field: &'static str, reason: &str| {
            Err(AgentEventError::Invalid {
                field,
                reason: reason.into(),
            })
        };
        if let Self::ErrorLog(e) = self {
            if e.count == 0 {
                return invalid("count", "must be at least 1");
            }
            if e.first_seen > e.last_seen {
                return invalid("first_seen", "is after last_seen");
            }
            if e.window.start >= e.window.end {
                return invalid("window", "start must be before end");
            }
            if e.samples.len() > MAX_SAMPLES {
                return invalid("samples", "more than 3 samples");
            }
            if e.samples.iter().any(|s| s.chars().count() > MAX_SAMPLE_CHARS) {
                return invalid("samples", "a sample is longer than 1000 characters");
            }
            if e.log_group.is_empty() {
                return invalid("log_group", "is empty");
            }
        }
        if self.agent().agent_version.is_empty() {
            return invalid("agent.agent_version", "is empty");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    fn error_log() -> serde_json::Value {
        json!({
            "schema_version": 1,
            "id": "err-0123456789abcdef0123456789abcdef",
            "agent": {"account_id": "222222222222", "region": "eu-west-1", "agent_version": "0.1.0"},
            "log_group": "/aws/lambda/orders",
            "fingerprint": "0123456789abcdef",
            "fingerprint_version": 2,
            "previous_fingerprint": "fedcba9876543210",
            "template": "payment declined for order <num>",
            "count": 3,
            "first_seen": "2026-11-24T09:00:01.000Z",
            "last_seen": "2026-11-24T09:04:00.000Z",
            "samples": ["ERROR payment declined for order 2"],
            "window": {"start": "2026-11-24T09:00:00.000Z", "end": "2026-11-24T09:05:00.000Z"}
        })
    }

    #[test]
    fn an_error_log_event_round_trips() {
        let event = AgentEvent::parse("awsmon.error-log", &error_log()).unwrap();
        assert_eq!(event.detail_type(), AgentDetailType::ErrorLog);
        assert_eq!(event.agent().agent_id(), "222222222222/eu-west-1");
        assert_eq!(event.detail_json(), error_log());
    }

    #[test]
    fn an_error_log_event_from_before_fingerprint_versions_is_version_1() {
        let mut old = error_log();
        let detail = old.as_object_mut().unwrap();
        detail.remove("fingerprint_version");
        detail.remove("previous_fingerprint");
        let Ok(AgentEvent::ErrorLog(event)) = AgentEvent::parse("awsmon.error-log", &old) else {
            panic!("an old error-log event must parse");
        };
        assert_eq!((event.fingerprint_version, event.previous_fingerprint), (1, None));
    }

    #[test]
    fn each_rejection_names_its_reason() {
        let mut zero = error_log();
        zero["count"] = json!(0);
        assert_eq!(
            AgentEvent::parse("awsmon.error-log", &zero),
            Err(AgentEventError::Invalid {
                field: "count",
                reason: "must be at least 1".into()
            })
        );
        let mut future = error_log();
        future["schema_version"] = json!(2);
        assert_eq!(
            AgentEvent::parse("awsmon.error-log", &future),
            Err(AgentEventError::SchemaVersion { found: 2 })
        );
        assert!(matches!(
            AgentEvent::parse("awsmon.error-log", &json!({"schema_version": 1})),
            Err(AgentEventError::Schema { .. })
        ));
        assert_eq!(
            AgentEvent::parse("awsmon.nope", &error_log()),
            Err(AgentEventError::UnknownDetailType("awsmon.nope".into()))
        );
        let mut bad_account = error_log();
        bad_account["agent"]["account_id"] = json!("12");
        let Err(AgentEventError::Schema { reason, .. }) = AgentEvent::parse("awsmon.error-log", &bad_account)
        else {
            panic!("a bad account id is a schema error");
        };
        assert!(reason.contains("account id must be 12 digits"), "{reason}");
    }

    /// Issue 20: `schema_version: "1"` read "missing field", an `account` holding a secret
    /// was echoed, and most reasons named no field.
    #[test]
    fn rejections_name_the_path_and_never_echo_the_value() {
        let mut text_version = error_log();
        text_version["schema_version"] = json!("1");
        let error = AgentEvent::parse("awsmon.error-log", &text_version).unwrap_err();
        assert!(error.to_string().contains("detail.schema_version"), "{error}");
        let secret = "password=EXAMPLE-not-a-real-one\nERROR forged line";
        let cases = [
            ("/agent/account_id", "detail.agent.account_id"),
            ("/agent/region", "detail.agent.region"),
            ("/fingerprint", "detail.fingerprint"),
            ("/id", "detail.id"),
            ("/first_seen", "detail.first_seen"),
            ("/window/end", "detail.window.end"),
            ("/count", "detail.count"),
            ("/samples/0", "detail.samples[0]"),
        ];
        for (pointer, path) in cases {
            let mut event = error_log();
            *event.pointer_mut(pointer).unwrap() = json!(if pointer == "/samples/0" {
                json!(7)
            } else {
                json!(secret)
            });
            let reason = AgentEvent::parse("awsmon.error-log", &event)
                .unwrap_err()
                .to_string();
            assert!(reason.contains(path), "{pointer}: {reason}");
            assert!(
                !reason.contains("EXAMPLE") && !reason.contains('\n'),
                "{pointer}: {reason}"
            );
        }
        let long = format!("awsmon.{}\n", "x".repeat(1_000_000));
        let reason = AgentEvent::parse(&long, &error_log()).unwrap_err().to_string();
        assert!(reason.len() < 200 && !reason.contains('\n'), "{reason}");
    }

    fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            ".{0,20}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
                prop::collection::hash_map("[a-z_]{1,12}", inner, 0..8)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn arbitrary_details_are_rejected_with_a_reason_never_a_panic(
            detail in arbitrary_json(),
            kind in prop::sample::select(vec!["awsmon.error-log", "awsmon.heartbeat", "awsmon.deployment", "x"]),
        ) {
            if let Err(error) = AgentEvent::parse(kind, &detail) {
                prop_assert!(!error.to_string().is_empty());
            }
        }
    }
}
