//! Issues: the events of one fingerprint in one account and region, and what people decided
//! about them (acknowledged, resolved, muted).

use serde::{Deserialize, Serialize};

use crate::ids::{AccountId, EventId, Fingerprint, Region};
use crate::monitoring_event::{EventType, MonitoringEvent};
use crate::severity::Severity;
use crate::timestamp::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssueStatus {
    Open,
    Acknowledged,
    Resolved,
    Muted,
}

impl IssueStatus {
    pub const ALL: [Self; 4] = [Self::Open, Self::Acknowledged, Self::Resolved, Self::Muted];

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Acknowledged => "acknowledged",
            Self::Resolved => "resolved",
            Self::Muted => "muted",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    /// [`Issue::id_for`] the first event.
    pub id: Fingerprint,
    pub fingerprint: Fingerprint,
    pub account_id: AccountId,
    pub region: Region,
    pub event_type: EventType,
    pub title: String,
    pub resource: String,
    /// The highest severity seen since the issue was last opened.
    pub severity: Severity,
    pub status: IssueStatus,
    pub first_seen: Timestamp,
    pub last_seen: Timestamp,
    /// Occurrences (an error-log event counts its window's lines).
    pub count: u64,
    pub last_event_id: EventId,
    pub muted_until: Option<Timestamp>,
    pub last_notified: Option<Timestamp>,
    /// Times the issue came back after it was resolved.
    pub regressions: u64,
    /// Optimistic-concurrency version, bumped by every write.
    pub version: u64,
    /// Who set the current status, when a person did (acknowledged, resolved or muted through
    /// the API or a Slack button), and when; `None` once an event changed the status since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_by: Option<ChangedBy>,
    /// The issue's Slack message in each channel destination (Slack app mode): later changes
    /// edit it in place and reply in its thread.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slack_messages: Vec<SlackMessage>,
    /// The latest event's context (reason, samples), bounded by the parsers: what an issue's
    /// living Slack message shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub last_context: Vec<String>,
    /// When the living Slack messages were last edited only to show a new count (a
    /// [`Reason::Refresh`](crate::notification::Reason::Refresh)): such edits are spaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slack_refreshed_at: Option<Timestamp>,
}

/// Where an issue's message was posted: the destination's name, Slack's channel id and the
/// message's `ts` (Slack's id of a message within its channel).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlackMessage {
    pub destination: String,
    pub channel: String,
    pub ts: String,
}

/// A person's (or automation's) change of an issue, as API Gateway identified the caller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedBy {
    /// The caller: an IAM ARN (`requestContext.identity.userArn`), or `anonymous` and the
    /// source IP when the API takes unauthenticated calls. At most [`MAX_CALLER_CHARS`].
    pub caller: String,
    pub at: Timestamp,
    /// The status the change set.
    pub status: IssueStatus,
}

/// The most characters of a caller that are kept (the longest role session ARN is well under).
pub const MAX_CALLER_CHARS: usize = 512;

/// A change of status people asked for that the issue's current status does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the issue is {}, it cannot become {}", from.as_str(), to.as_str())]
pub struct InvalidTransition {
    pub from: IssueStatus,
    pub to: IssueStatus,
}

/// What an event did to its issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    New,
    Recurring,
    /// It was resolved and happened again: a regression.
    Reopened,
    Resolved,
    Unchanged,
}

impl Issue {
    /// One issue per fingerprint, account and region.
    pub fn id_for(event: &MonitoringEvent) -> Fingerprint {
        Fingerprint::of(&[
            "issue",
            event.account_id.as_str(),
            event.region.as_str(),
            event.fingerprint.as_str(),
        ])
    }

    /// The issue a first event opens; `None` for an event that only resolves (an alarm going
    /// back to OK that awsmon never saw in ALARM).
    pub fn open(event: &MonitoringEvent) -> Option<Self> {
        if event.resolves || !event.event_type.is_problem() {
            return None;
        }
        Some(Self {
            id: Self::id_for(event),
            fingerprint: event.fingerprint.clone(),
            account_id: event.account_id.clone(),
            region: event.region.clone(),
            event_type: event.event_type,
            title: event.title.clone(),
            resource: event.resource.clone(),
            severity: event.severity,
            status: IssueStatus::Open,
            first_seen: event.time,
            last_seen: event.time,
            count: event.count,
            last_event_id: event.id.clone(),
            muted_until: None,
            last_notified: None,
            regressions: 0,
            version: 0,
            changed_by: None,
            slack_messages: Vec::new(),
            last_context: event.context.clone(),
            slack_refreshed_at: None,
        })
    }

    /// Apply a further event of this issue at `now`.
    pub fn record(&mut self, event: &MonitoringEvent, now: Timestamp) -> Change {
        if event.resolves {
            if self.status == IssueStatus::Resolved {
                return Change::Unchanged;
            }
            self.status = IssueStatus::Resolved;
            self.title = event.title.clone();
            // The source set this status, not a person.
            self.changed_by = None;
            return Change::Resolved;
        }
        self.count = self.count.saturating_add(event.count);
        self.first_seen = self.first_seen.min(event.time);
        if event.time >= self.last_seen {
            self.last_seen = event.time;
            self.title = event.title.clone();
            self.last_event_id = event.id.clone();
            self.last_context = event.context.clone();
        }
        match self.status {
            IssueStatus::Resolved => {
                self.status = IssueStatus::Open;
                self.severity = event.severity;
                self.regressions += 1;
                self.muted_until = None;
                self.changed_by = None;
                Change::Reopened
            }
            IssueStatus::Muted if self.muted_until.is_some_and(|until| until <= now) => {
                self.status = IssueStatus::Open;
                self.muted_until = None;
                self.severity = self.severity.max(event.severity);
                Change::Recurring
            }
            _ => {
                self.severity = self.severity.max(event.severity);
                Change::Recurring
            }
        }
    }

    pub fn acknowledge(&mut self) {
        if self.status != IssueStatus::Resolved {
            self.status = IssueStatus::Acknowledged;
        }
    }

    pub fn resolve(&mut self) {
        self.status = IssueStatus::Resolved;
        self.muted_until = None;
    }

    /// A person acknowledges the issue: allowed while it is open or muted (the mute ends).
    pub fn try_acknowledge(&mut self) -> Result<(), InvalidTransition> {
        match self.status {
            IssueStatus::Open | IssueStatus::Muted => {
                self.status = IssueStatus::Acknowledged;
                self.muted_until = None;
                Ok(())
            }
            from => Err(InvalidTransition {
                from,
                to: IssueStatus::Acknowledged,
            }),
        }
    }

    /// A person resolves the issue: allowed unless it is resolved already.
    pub fn try_resolve(&mut self) -> Result<(), InvalidTransition> {
        if self.status == IssueStatus::Resolved {
            return Err(InvalidTransition {
                from: self.status,
                to: IssueStatus::Resolved,
            });
        }
        self.resolve();
        Ok(())
    }

    /// Record who made the change just applied (one of the `try_` transitions), at `at`.
    pub fn record_change_by(&mut self, caller: &str, at: Timestamp) {
        self.changed_by = Some(ChangedBy {
            caller: crate::reason::printable(caller, MAX_CALLER_CHARS),
            at,
            status: self.status,
        });
    }

    /// A person mutes the issue until `until` (no notifications meanwhile; a later event
    /// reopens it): allowed unless it is resolved. Muting a muted issue moves the expiry.
    pub fn try_mute(&mut self, until: Timestamp) -> Result<(), InvalidTransition> {
        if self.status == IssueStatus::Resolved {
            return Err(InvalidTransition {
                from: self.status,
                to: IssueStatus::Muted,
            });
        }
        self.mute(until);
        Ok(())
    }

    pub fn mute(&mut self, until: Timestamp) {
        self.status = IssueStatus::Muted;
        self.muted_until = Some(until);
    }

    /// The issue's message in `destination`, when one was posted there.
    pub fn slack_message(&self, destination: &str) -> Option<&SlackMessage> {
        self.slack_messages.iter().find(|m| m.destination == destination)
    }

    /// Remember the message posted for the issue in `message.destination` (replacing one
    /// Slack lost).
    pub fn set_slack_message(&mut self, message: SlackMessage) {
        self.slack_messages
            .retain(|m| m.destination != message.destination);
        self.slack_messages.push(message);
    }

    /// Muted, and the mute has not expired at `now`.
    pub fn is_muted(&self, now: Timestamp) -> bool {
        self.status == IssueStatus::Muted && self.muted_until.is_none_or(|until| until > now)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn event(secs: i64) -> MonitoringEvent {
        MonitoringEvent {
            id: EventId::derive("t", &[&secs.to_string()]),
            account_id: AccountId::parse("222222222222").unwrap(),
            region: Region::parse("eu-west-1").unwrap(),
            source: "aws.cloudwatch".into(),
            event_type: EventType::Alarm,
            severity: Severity::High,
            fingerprint: Fingerprint::of(&["a"]),
            time: Timestamp::from_secs(secs),
            title: format!("at {secs}"),
            resource: "arn".into(),
            count: 1,
            resolves: false,
            context: vec![],
            agent_event: None,
        }
    }

    #[test]
    fn counts_and_tracks_first_and_last_seen_also_out_of_order() {
        let mut issue = Issue::open(&event(100)).unwrap();
        assert_eq!(
            issue.record(&event(200), Timestamp::from_secs(200)),
            Change::Recurring
        );
        assert_eq!(
            issue.record(&event(50), Timestamp::from_secs(200)),
            Change::Recurring
        );
        assert_eq!(
            (issue.count, issue.first_seen.secs(), issue.last_seen.secs()),
            (3, 50, 200)
        );
        assert_eq!(issue.title, "at 200");
    }

    #[test]
    fn resolved_issues_reopen_on_regression() {
        let mut issue = Issue::open(&event(100)).unwrap();
        let mut ok = event(150);
        ok.resolves = true;
        assert_eq!(issue.record(&ok, Timestamp::from_secs(150)), Change::Resolved);
        assert_eq!(issue.record(&ok, Timestamp::from_secs(151)), Change::Unchanged);
        assert_eq!(
            issue.record(&event(300), Timestamp::from_secs(300)),
            Change::Reopened
        );
        assert_eq!((issue.status, issue.regressions), (IssueStatus::Open, 1));
        assert!(Issue::open(&ok).is_none());
    }

    #[test]
    fn people_acknowledge_open_issues_and_resolve_unresolved_ones() {
        let mut issue = Issue::open(&event(100)).unwrap();
        issue.mute(Timestamp::from_secs(500));
        assert_eq!(issue.try_acknowledge(), Ok(()));
        assert_eq!(
            (issue.status, issue.muted_until),
            (IssueStatus::Acknowledged, None)
        );
        let again = issue.try_acknowledge().unwrap_err();
        assert_eq!(again.from, IssueStatus::Acknowledged);
        assert_eq!(issue.try_resolve(), Ok(()));
        assert_eq!(issue.status, IssueStatus::Resolved);
        assert!(issue.try_resolve().is_err());
        assert_eq!(
            issue.try_acknowledge().unwrap_err().to_string(),
            "the issue is resolved, it cannot become acknowledged"
        );
        assert!(issue.try_mute(Timestamp::from_secs(900)).is_err());
        let mut muted = Issue::open(&event(100)).unwrap();
        assert_eq!(muted.try_mute(Timestamp::from_secs(900)), Ok(()));
        assert_eq!(muted.try_mute(Timestamp::from_secs(950)), Ok(()));
        assert_eq!(
            (muted.status, muted.muted_until),
            (IssueStatus::Muted, Some(Timestamp::from_secs(950)))
        );
        for status in IssueStatus::ALL {
            assert_eq!(IssueStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(IssueStatus::parse("Open"), None);
    }

    #[test]
    fn a_mute_holds_until_it_expires() {
        let mut issue = Issue::open(&event(100)).unwrap();
        issue.mute(Timestamp::from_secs(500));
        issue.record(&event(200), Timestamp::from_secs(200));
        assert!(issue.is_muted(Timestamp::from_secs(200)));
        issue.record(&event(600), Timestamp::from_secs(600));
        assert_eq!(issue.status, IssueStatus::Open);
        issue.acknowledge();
        assert_eq!(issue.status, IssueStatus::Acknowledged);
        assert_eq!(
            issue.record(&event(700), Timestamp::from_secs(700)),
            Change::Recurring
        );
        assert_eq!(issue.status, IssueStatus::Acknowledged);
    }
}
