//! When to tell people, where, and what the Slack message says.
//!
//! The decision ([`decide`]) is made once per event, in the same write as the event and its
//! issue; the message is rendered later, by the outbox sender, from every notification that is
//! due for one webhook ([`render`]): that is the grouping.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::ids::{AccountId, EventId, Fingerprint, Region};
use crate::issue::{Change, Issue, IssueStatus};
use crate::monitoring_event::{EventType, MonitoringEvent};
use crate::severity::Severity;
use crate::timestamp::Timestamp;

/// Where notifications go and how often. Configured as JSON (`AWSMON_NOTIFICATION_POLICY`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationPolicy {
    /// Checked in order; every matching route gets the notification.
    #[serde(default)]
    pub routes: Vec<Route>,
    /// Used when no route matches; `None` means such events are not sent.
    #[serde(default)]
    pub default_webhook: Option<String>,
    /// Notifications for one webhook that fall due within this many seconds share a message.
    #[serde(default = "default_grouping_window")]
    pub grouping_window_secs: u64,
    /// An issue that is still open is notified again after this many seconds.
    #[serde(default = "default_repeat_interval")]
    pub repeat_interval_secs: u64,
}

/// A policy value outside its range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} {reason}")]
pub struct PolicyOutOfRange {
    pub field: &'static str,
    pub reason: String,
}

impl NotificationPolicy {
    /// The contract's ranges, which the provider enforces at plan time, checked again where the
    /// policy is read: a grouping window of years would hold every notification back forever.
    pub fn validate(&self) -> Result<(), PolicyOutOfRange> {
        use awsmon_contract::master::{GROUPING_WINDOW_SECONDS, REPEAT_INTERVAL_SECONDS};
        for (field, value, setting) in [
            (
                "grouping_window_secs",
                self.grouping_window_secs,
                GROUPING_WINDOW_SECONDS,
            ),
            (
                "repeat_interval_secs",
                self.repeat_interval_secs,
                REPEAT_INTERVAL_SECONDS,
            ),
        ] {
            let value = i64::try_from(value).unwrap_or(i64::MAX);
            setting
                .check(value)
                .map_err(|reason| PolicyOutOfRange { field, reason })?;
        }
        Ok(())
    }
}

fn default_grouping_window() -> u64 {
    awsmon_contract::master::GROUPING_WINDOW_SECONDS
        .default
        .unsigned_abs()
}

fn default_repeat_interval() -> u64 {
    awsmon_contract::master::REPEAT_INTERVAL_SECONDS
        .default
        .unsigned_abs()
}

impl Default for NotificationPolicy {
    fn default() -> Self {
        Self {
            routes: Vec::new(),
            default_webhook: Some(awsmon_contract::master::DEFAULT_WEBHOOK.into()),
            grouping_window_secs: default_grouping_window(),
            repeat_interval_secs: default_repeat_interval(),
        }
    }
}

/// A routing rule: empty lists match everything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    /// The webhook's name (a key of the webhook parameter map, not a URL).
    pub webhook: String,
    #[serde(default)]
    pub accounts: Vec<AccountId>,
    #[serde(default)]
    pub event_types: Vec<EventType>,
    #[serde(default = "lowest")]
    pub min_severity: Severity,
}

fn lowest() -> Severity {
    Severity::Info
}

impl Route {
    fn matches(&self, issue: &Issue) -> bool {
        (self.accounts.is_empty() || self.accounts.contains(&issue.account_id))
            && (self.event_types.is_empty() || self.event_types.contains(&issue.event_type))
            && issue.severity >= self.min_severity
    }
}

/// A silence: no notifications for what it matches until it expires. Empty fields match all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Silence {
    pub id: String,
    #[serde(default)]
    pub account_id: Option<AccountId>,
    #[serde(default)]
    pub event_type: Option<EventType>,
    #[serde(default)]
    pub fingerprint: Option<Fingerprint>,
    pub expires_at: Timestamp,
    #[serde(default)]
    pub reason: String,
    /// Who created it (see [`crate::issue::ChangedBy::caller`]); absent on silences stored
    /// before callers were recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}

impl Silence {
    pub fn matches(&self, issue: &Issue, now: Timestamp) -> bool {
        self.expires_at > now
            && self.account_id.as_ref().is_none_or(|a| *a == issue.account_id)
            && self.event_type.is_none_or(|t| t == issue.event_type)
            && self.fingerprint.as_ref().is_none_or(|f| *f == issue.fingerprint)
    }
}

/// Why a notification is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    New,
    Reopened,
    Repeat,
    Resolved,
    /// A person acknowledged it (Slack app mode: the message is edited, the thread told).
    Acknowledged,
    /// A person silenced it for a while.
    Muted,
    /// Nothing to tell, but the issue's living Slack messages show an old count or state (it
    /// recurred within the repeat interval, or while acknowledged or silenced): they are edited,
    /// nothing is posted. At most one a [`REFRESH_INTERVAL_SECS`] per issue.
    Refresh,
}

/// How far apart the edits that only bring an issue's Slack messages up to date are: Slack's
/// `chat.update` allows about 50 a minute, and a noisy issue may recur every second.
pub const REFRESH_INTERVAL_SECS: i64 = 300;

/// One issue to tell one webhook about. Self-contained: the sender renders it without reading
/// anything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    /// Derived from the event and the webhook: the same event never makes two.
    pub id: EventId,
    pub webhook: String,
    pub due_at: Timestamp,
    pub reason: Reason,
    pub issue_id: Fingerprint,
    pub account_id: AccountId,
    pub account_name: Option<String>,
    pub region: Region,
    pub event_type: EventType,
    pub severity: Severity,
    pub status: IssueStatus,
    pub title: String,
    pub resource: String,
    pub count: u64,
    pub first_seen: Timestamp,
    pub last_seen: Timestamp,
    pub context: Vec<String>,
    /// A person's change: who made it (the issue may have changed again by the time it is sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// A silence's end, for a person's silence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Timestamp>,
}

/// Decide which notifications `event` causes, given what it did to `issue`. Sets
/// `issue.last_notified` when it notifies, so a repeat is measured from now.
#[allow(clippy::too_many_arguments)]
pub fn decide(
    policy: &NotificationPolicy,
    realtime: bool,
    event: &MonitoringEvent,
    issue: &mut Issue,
    change: Change,
    silences: &[Silence],
    account_name: Option<&str>,
    now: Timestamp,
) -> Vec<Notification> {
    let reason = match change {
        Change::New => Reason::New,
        Change::Reopened => Reason::Reopened,
        Change::Resolved if issue.last_notified.is_some() => Reason::Resolved,
        Change::Recurring => {
            let repeat_ms =
                i64::try_from(policy.repeat_interval_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
            match issue.last_notified {
                Some(last) if now.millis().saturating_sub(last.millis()) < repeat_ms => {
                    return refresh(issue, event, now);
                }
                _ => Reason::Repeat,
            }
        }
        Change::Resolved | Change::Unchanged => return Vec::new(),
    };
    if !realtime {
        return Vec::new();
    }
    let quiet = matches!(issue.status, IssueStatus::Acknowledged) && reason == Reason::Repeat;
    if quiet || issue.is_muted(now) || silences.iter().any(|s| s.matches(issue, now)) {
        return refresh(issue, event, now);
    }
    let mut webhooks: Vec<&str> = policy
        .routes
        .iter()
        .filter(|r| r.matches(issue))
        .map(|r| r.webhook.as_str())
        .collect();
    if webhooks.is_empty() {
        webhooks.extend(policy.default_webhook.as_deref());
    }
    webhooks.sort_unstable();
    webhooks.dedup();
    if webhooks.is_empty() {
        return Vec::new();
    }
    issue.last_notified = Some(now);
    let grouping_ms = i64::try_from(policy.grouping_window_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
    webhooks
        .into_iter()
        .map(|webhook| {
            let id = EventId::derive("ntf", &[event.id.as_str(), webhook]);
            let mut n = Notification::about(issue, id, webhook, reason, now.plus_millis(grouping_ms));
            n.account_name = account_name.map(str::to_owned);
            n.context = event.context.clone();
            n
        })
        .collect()
}

/// Edits of `issue`'s living Slack messages (none when it has none, or when they were edited so
/// less than [`REFRESH_INTERVAL_SECS`] ago): the sender renders them from the stored issue.
fn refresh(issue: &mut Issue, event: &MonitoringEvent, now: Timestamp) -> Vec<Notification> {
    let recent = issue
        .slack_refreshed_at
        .is_some_and(|at| now.millis().saturating_sub(at.millis()) < REFRESH_INTERVAL_SECS * 1000);
    if issue.slack_messages.is_empty() || recent {
        return Vec::new();
    }
    issue.slack_refreshed_at = Some(now);
    issue
        .slack_messages
        .iter()
        .map(|message| {
            let id = EventId::derive("rfs", &[event.id.as_str(), &message.destination]);
            Notification::about(issue, id, &message.destination, Reason::Refresh, now)
        })
        .collect()
}

impl Notification {
    /// A notification of `issue` as it is now.
    pub fn about(issue: &Issue, id: EventId, webhook: &str, reason: Reason, due_at: Timestamp) -> Self {
        Self {
            id,
            webhook: webhook.to_owned(),
            due_at,
            reason,
            issue_id: issue.id.clone(),
            account_id: issue.account_id.clone(),
            account_name: None,
            region: issue.region.clone(),
            event_type: issue.event_type,
            severity: issue.severity,
            status: issue.status,
            title: issue.title.clone(),
            resource: issue.resource.clone(),
            count: issue.count,
            first_seen: issue.first_seen,
            last_seen: issue.last_seen,
            context: Vec::new(),
            by: None,
            until: None,
        }
    }
}

/// What a person's change of `issue` (already applied, at `now`) tells the channels that
/// hold its message (Slack app mode): one notification per message, due at once, so that the
/// message is edited even if the process that made the change stops before it could.
pub fn person_changed(issue: &Issue, now: Timestamp) -> Vec<Notification> {
    let reason = match issue.status {
        IssueStatus::Acknowledged => Reason::Acknowledged,
        IssueStatus::Resolved => Reason::Resolved,
        IssueStatus::Muted => Reason::Muted,
        IssueStatus::Open => return Vec::new(),
    };
    // The issue's version before this change makes the id: one per change, the same on retry.
    let version = issue.version.to_string();
    issue
        .slack_messages
        .iter()
        .map(|message| {
            let id = EventId::derive("chg", &[issue.id.as_str(), &version, &message.destination]);
            let mut n = Notification::about(issue, id, &message.destination, reason, now);
            n.by = issue.changed_by.as_ref().map(|c| c.caller.clone());
            n.until = issue.muted_until;
            n
        })
        .collect()
}

/// Slack's limits (Block Kit): blocks a message, characters a section's text, and the total
/// text a message can carry in practice.
pub const MAX_BLOCKS: usize = 50;
pub const MAX_SECTION_CHARS: usize = 3_000;
pub const MAX_MESSAGE_CHARS: usize = 12_000;

/// A Slack message and how many of the notifications it carries in full.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub payload: Value,
    pub shown: usize,
}

/// Render notifications for one webhook as one Block Kit message within Slack's limits; what
/// does not fit is counted in a "+N more" line.
pub fn render(notifications: &[Notification], link_base: Option<&str>) -> Message {
    let header = match notifications {
        [one] => format!("awsmon: {} {}", one.severity, one.event_type.as_str()),
        many => format!("awsmon: {} notifications", many.len()),
    };
    let mut blocks =
        vec![json!({"type": "header", "text": {"type": "plain_text", "text": cut(&header, 150)}})];
    let mut total = header.chars().count();
    // Room kept for the "+N more" context block.
    let reserve = 100;
    let mut shown = 0;
    for n in notifications {
        let text = section_text(n, link_base);
        let len = text.chars().count();
        if blocks.len() + 2 > MAX_BLOCKS || total + len + reserve > MAX_MESSAGE_CHARS {
            break;
        }
        total += len;
        blocks.push(json!({"type": "section", "text": {"type": "mrkdwn", "text": text}}));
        shown += 1;
    }
    let hidden = notifications.len() - shown;
    if hidden > 0 {
        blocks.push(json!({"type": "context", "elements": [
            {"type": "mrkdwn", "text": format!("+{hidden} more: see the awsmon API (`GET /issues`)")}
        ]}));
    }
    let fallback = cut(&header, 150);
    Message {
        payload: json!({"text": fallback, "blocks": blocks}),
        shown,
    }
}

fn section_text(n: &Notification, link_base: Option<&str>) -> String {
    let emoji = match n.reason {
        Reason::Resolved => ":white_check_mark:",
        _ if n.severity >= Severity::High => ":rotating_light:",
        _ => ":warning:",
    };
    let account = match &n.account_name {
        Some(name) => format!("{name} ({})", n.account_id),
        None => n.account_id.to_string(),
    };
    let reason = match n.reason {
        Reason::New => "new",
        Reason::Reopened => "back after it was resolved",
        Reason::Repeat | Reason::Refresh => "still happening",
        Reason::Resolved => "resolved",
        Reason::Acknowledged => "acknowledged",
        Reason::Muted => "silenced",
    };
    let mut text = format!(
        "{emoji} *{}*\n*{}* {} in {} {} ({reason})\n{} times since {}, last at {}\n`{}`",
        escape(&n.title),
        n.severity,
        n.event_type.as_str(),
        account,
        n.region,
        n.count,
        n.first_seen,
        n.last_seen,
        escape(&n.resource),
    );
    for line in &n.context {
        text.push_str("\n> ");
        text.push_str(&escape(line));
    }
    if let Some(base) = link_base {
        text.push_str(&format!(
            "\n<{}/issues/{}|Issue {}>",
            base.trim_end_matches('/'),
            n.issue_id,
            n.issue_id
        ));
    }
    cut(&text, MAX_SECTION_CHARS)
}

/// Slack's mrkdwn needs only these three escaped.
pub(crate) fn escape(raw: &str) -> String {
    raw.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` cut to `max_chars` characters, with a marker when it was longer.
pub(crate) fn cut(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars.saturating_sub(1)) {
        Some((at, _)) if text.chars().count() > max_chars => format!("{}…", &text[..at]),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::issue::tests::event;

    fn policy() -> NotificationPolicy {
        NotificationPolicy {
            routes: vec![
                Route {
                    webhook: "prod".into(),
                    accounts: vec![AccountId::parse("222222222222").unwrap()],
                    event_types: vec![],
                    min_severity: Severity::High,
                },
                Route {
                    webhook: "ecs".into(),
                    accounts: vec![],
                    event_types: vec![EventType::EcsTaskFailure],
                    min_severity: Severity::Info,
                },
            ],
            default_webhook: Some("default".into()),
            grouping_window_secs: 10,
            repeat_interval_secs: 3600,
        }
    }

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_secs(secs)
    }

    #[test]
    fn routes_by_account_severity_and_type_with_a_default() {
        let e = event(100);
        let mut issue = Issue::open(&e).unwrap();
        let sent = decide(
            &policy(),
            true,
            &e,
            &mut issue,
            Change::New,
            &[],
            Some("prod"),
            at(100),
        );
        assert_eq!(sent.len(), 1);
        assert_eq!((sent[0].webhook.as_str(), sent[0].due_at), ("prod", at(110)));
        let mut ecs = event(100);
        ecs.event_type = EventType::EcsTaskFailure;
        ecs.severity = Severity::Medium;
        ecs.account_id = AccountId::parse("333333333333").unwrap();
        let mut issue = Issue::open(&ecs).unwrap();
        let sent = decide(&policy(), true, &ecs, &mut issue, Change::New, &[], None, at(100));
        assert_eq!(
            sent.iter().map(|n| n.webhook.as_str()).collect::<Vec<_>>(),
            ["ecs"]
        );
        let mut other = event(100);
        other.account_id = AccountId::parse("333333333333").unwrap();
        let mut issue = Issue::open(&other).unwrap();
        let sent = decide(
            &policy(),
            true,
            &other,
            &mut issue,
            Change::New,
            &[],
            None,
            at(100),
        );
        assert_eq!(sent[0].webhook, "default");
    }

    /// Issue 20: a huge `grouping_window_secs` overflowed `plus_millis` (debug) or wrapped so
    /// that the notification fell due at once (release). Such a policy is refused where it is
    /// read; were one used anyway, the notification is held, never sent early.
    #[test]
    fn a_grouping_window_out_of_range_is_refused_and_never_sends_early() {
        let mut huge = policy();
        huge.grouping_window_secs = u64::MAX;
        assert_eq!(
            huge.validate().unwrap_err().to_string(),
            "grouping_window_secs must be 0 to 604800 seconds, got 9223372036854775807"
        );
        let e = event(100);
        let mut issue = Issue::open(&e).unwrap();
        let sent = decide(&huge, true, &e, &mut issue, Change::New, &[], None, at(100));
        assert_eq!(sent[0].due_at, Timestamp::MAX);
        let mut repeat = policy();
        repeat.repeat_interval_secs = 59;
        assert!(repeat.validate().is_err());
        assert_eq!(policy().validate(), Ok(()));
        assert_eq!(NotificationPolicy::default().validate(), Ok(()));
    }

    #[test]
    fn repeats_wait_for_the_interval_and_acknowledged_issues_stay_quiet() {
        let e = event(100);
        let mut issue = Issue::open(&e).unwrap();
        assert_eq!(
            decide(&policy(), true, &e, &mut issue, Change::New, &[], None, at(100)).len(),
            1
        );
        let again = event(200);
        let change = issue.record(&again, at(200));
        assert!(decide(&policy(), true, &again, &mut issue, change, &[], None, at(200)).is_empty());
        let later = event(3800);
        let change = issue.record(&later, at(3800));
        let sent = decide(&policy(), true, &later, &mut issue, change, &[], None, at(3800));
        assert_eq!(sent[0].reason, Reason::Repeat);
        issue.acknowledge();
        let change = issue.record(&event(9000), at(9000));
        assert!(
            decide(
                &policy(),
                true,
                &event(9000),
                &mut issue,
                change,
                &[],
                None,
                at(9000)
            )
            .is_empty()
        );
    }

    /// Issue 17: an issue's living Slack message shows its count and state even while nothing is
    /// posted (a recurrence within the repeat interval, an acknowledged or silenced issue): it is
    /// edited, no more than once every five minutes.
    #[test]
    fn quiet_recurrences_refresh_the_slack_messages_at_most_every_five_minutes() {
        let e = event(100);
        let mut issue = Issue::open(&e).unwrap();
        decide(&policy(), true, &e, &mut issue, Change::New, &[], None, at(100));
        let mut quiet_issue = issue.clone();
        let recur = |issue: &mut Issue, secs: i64| {
            let again = event(secs);
            let change = issue.record(&again, at(secs));
            decide(&policy(), true, &again, issue, change, &[], None, at(secs))
        };
        assert!(
            recur(&mut quiet_issue, 200).is_empty(),
            "no Slack message: nothing to edit"
        );

        issue.set_slack_message(crate::issue::SlackMessage {
            destination: "default".into(),
            channel: "C0EXAMPLE1".into(),
            ts: "1795000000.000100".into(),
        });
        let refresh = recur(&mut issue, 200);
        assert_eq!(refresh.len(), 1, "{refresh:?}");
        assert_eq!(
            (refresh[0].reason, refresh[0].webhook.as_str()),
            (Reason::Refresh, "default")
        );
        assert_eq!(refresh[0].due_at, at(200));
        assert!(
            recur(&mut issue, 400).is_empty(),
            "within five minutes of the last edit"
        );
        assert_eq!(recur(&mut issue, 500)[0].reason, Reason::Refresh);

        issue.acknowledge();
        let sent = recur(&mut issue, 9000);
        assert_eq!(
            sent.iter().map(|n| n.reason).collect::<Vec<_>>(),
            [Reason::Refresh]
        );
        assert_eq!(sent[0].count, issue.count);
    }

    #[test]
    fn silences_hold_until_they_expire_and_report_only_types_never_notify() {
        let e = event(100);
        let silence = Silence {
            id: "s1".into(),
            account_id: Some(e.account_id.clone()),
            event_type: None,
            fingerprint: None,
            expires_at: at(200),
            reason: "maintenance".into(),
            created_by: None,
        };
        let mut issue = Issue::open(&e).unwrap();
        let silences = [silence];
        assert!(
            decide(
                &policy(),
                true,
                &e,
                &mut issue,
                Change::New,
                &silences,
                None,
                at(150)
            )
            .is_empty()
        );
        assert_eq!(
            decide(
                &policy(),
                true,
                &e,
                &mut issue,
                Change::New,
                &silences,
                None,
                at(250)
            )
            .len(),
            1
        );
        let mut issue = Issue::open(&e).unwrap();
        assert!(decide(&policy(), false, &e, &mut issue, Change::New, &[], None, at(100)).is_empty());
        assert_eq!(issue.last_notified, None);
    }

    fn notification(i: usize, context_chars: usize) -> Notification {
        let e = event(i as i64);
        let mut issue = Issue::open(&e).unwrap();
        let mut n = decide(&policy(), true, &e, &mut issue, Change::New, &[], None, at(1)).remove(0);
        n.context = vec!["x".repeat(context_chars)];
        n.title = format!("problem {i} <&>");
        n
    }

    #[test]
    fn one_notification_is_a_readable_message_with_a_link() {
        let message = render(&[notification(1, 10)], Some("https://api.example/"));
        assert_eq!(message.shown, 1);
        let text = message.payload["blocks"][1]["text"]["text"].as_str().unwrap();
        assert!(text.contains("problem 1 &lt;&amp;&gt;"), "{text}");
        assert!(text.contains("https://api.example/issues/"), "{text}");
        assert!(text.contains("1 times since"), "{text}");
    }

    fn check_limits(message: &Message, total: usize) {
        let blocks = message.payload["blocks"].as_array().unwrap();
        assert!(blocks.len() <= MAX_BLOCKS);
        let chars: usize = blocks
            .iter()
            .filter_map(|b| b["text"]["text"].as_str())
            .map(|t| {
                assert!(t.chars().count() <= MAX_SECTION_CHARS);
                t.chars().count()
            })
            .sum();
        assert!(chars <= MAX_MESSAGE_CHARS, "{chars}");
        let hidden = total - message.shown;
        let more = blocks.last().unwrap()["elements"][0]["text"]
            .as_str()
            .unwrap_or_default();
        if hidden > 0 {
            assert!(more.starts_with(&format!("+{hidden} more")), "{more}");
        } else {
            assert!(more.is_empty());
        }
    }

    #[test]
    fn many_or_large_notifications_are_cut_with_plus_n_more() {
        let many: Vec<_> = (0..200).map(|i| notification(i, 20)).collect();
        let message = render(&many, None);
        assert!(message.shown >= 40, "{}", message.shown);
        check_limits(&message, 200);
        let large: Vec<_> = (0..10).map(|i| notification(i, 5_000)).collect();
        let message = render(&large, None);
        assert!(message.shown >= 3);
        check_limits(&message, 10);
    }

    proptest! {
        #[test]
        fn every_message_fits_slack(count in 1usize..120, context in 0usize..4_000) {
            let batch: Vec<_> = (0..count).map(|i| notification(i, context)).collect();
            let message = render(&batch, Some("https://x"));
            prop_assert!(message.shown >= 1);
            check_limits(&message, count);
        }
    }
}
