//! Daily and weekly reports: complete counts of a period, new vs recurring issues, top
//! fingerprints, silent agents, and the change against the previous period.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::ids::{AccountId, Fingerprint};
use crate::monitoring_event::EventType;
use crate::notification::{MAX_BLOCKS, MAX_MESSAGE_CHARS, MAX_SECTION_CHARS};
use crate::severity::Severity;
use crate::timestamp::Timestamp;

/// Fingerprints listed by name in a report.
pub const TOP_FINGERPRINTS: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportKind {
    Daily,
    Weekly,
}

impl ReportKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::Weekly => "weekly",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Daily, Self::Weekly]
            .into_iter()
            .find(|k| k.as_str() == raw)
    }

    pub fn days(self) -> i64 {
        match self {
            Self::Daily => 1,
            Self::Weekly => 7,
        }
    }

    /// The period that ended at the last UTC midnight at or before `now`.
    pub fn period_before(self, now: Timestamp) -> (Timestamp, Timestamp) {
        let day_ms = 86_400_000;
        let end = Timestamp::from_millis(now.millis().div_euclid(day_ms) * day_ms);
        (end.plus_millis(-self.days() * day_ms), end)
    }
}

/// What a report needs of one stored event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub account_id: AccountId,
    pub severity: Severity,
    pub event_type: EventType,
    pub issue_id: Option<Fingerprint>,
    pub title: String,
    pub count: u64,
}

/// One line of the top list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopIssue {
    pub issue_id: Fingerprint,
    pub title: String,
    pub occurrences: u64,
    pub new: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub kind: ReportKind,
    pub start: Timestamp,
    pub end: Timestamp,
    /// Stored events in the period (agent heartbeats and deployments excluded).
    pub events: u64,
    /// Occurrences: an error-log event counts the lines of its window.
    pub occurrences: u64,
    pub by_account: BTreeMap<String, u64>,
    pub by_severity: BTreeMap<String, u64>,
    pub by_type: BTreeMap<String, u64>,
    pub new_issues: u64,
    pub recurring_issues: u64,
    pub top: Vec<TopIssue>,
    pub silent_agents: Vec<String>,
    /// `events` of the period before, for the change.
    pub previous_events: u64,
}

impl Report {
    /// Build a report from every event of the period. `first_seen` says when each issue was
    /// first seen: an issue first seen inside the period is new.
    pub fn build(
        kind: ReportKind,
        (start, end): (Timestamp, Timestamp),
        rows: impl IntoIterator<Item = EventRow>,
        first_seen: &HashMap<Fingerprint, Timestamp>,
        silent_agents: Vec<String>,
        previous_events: u64,
    ) -> Self {
        let mut report = Self {
            kind,
            start,
            end,
            events: 0,
            occurrences: 0,
            by_account: BTreeMap::new(),
            by_severity: BTreeMap::new(),
            by_type: BTreeMap::new(),
            new_issues: 0,
            recurring_issues: 0,
            top: Vec::new(),
            silent_agents,
            previous_events,
        };
        let mut issues: HashMap<Fingerprint, (String, u64)> = HashMap::new();
        for row in rows.into_iter().filter(|r| r.event_type.is_problem()) {
            report.events += 1;
            report.occurrences += row.count;
            *report.by_account.entry(row.account_id.to_string()).or_default() += 1;
            *report.by_severity.entry(row.severity.to_string()).or_default() += 1;
            *report
                .by_type
                .entry(row.event_type.as_str().to_owned())
                .or_default() += 1;
            if let Some(issue) = row.issue_id {
                let entry = issues.entry(issue).or_insert_with(|| (row.title.clone(), 0));
                entry.1 += row.count;
            }
        }
        let is_new = |id: &Fingerprint| first_seen.get(id).is_some_and(|t| *t >= start && *t < end);
        report.new_issues = issues.keys().filter(|id| is_new(id)).count() as u64;
        report.recurring_issues = issues.len() as u64 - report.new_issues;
        let mut top: Vec<TopIssue> = issues
            .into_iter()
            .map(|(issue_id, (title, occurrences))| TopIssue {
                new: is_new(&issue_id),
                issue_id,
                title,
                occurrences,
            })
            .collect();
        top.sort_by(|a, b| {
            b.occurrences
                .cmp(&a.occurrences)
                .then_with(|| a.issue_id.cmp(&b.issue_id))
        });
        top.truncate(TOP_FINGERPRINTS);
        report.top = top;
        report
    }

    /// `+12 (+25%)`, `-3 (-10%)`, or `+5 (new)` against an empty previous period.
    pub fn change(&self) -> String {
        let delta = i128::from(self.events) - i128::from(self.previous_events);
        if self.previous_events == 0 {
            return format!("{delta:+} (nothing the period before)");
        }
        let percent = delta * 100 / i128::from(self.previous_events);
        format!("{delta:+} ({percent:+}%)")
    }

    /// The Slack message: within Slack's limits whatever the counts.
    pub fn slack_message(&self) -> Value {
        let day = |t: Timestamp| t.to_rfc3339()[..10].to_owned();
        let title = format!("awsmon {} report {}", self.kind.as_str(), day(self.start));
        let breakdown = |name: &str, counts: &BTreeMap<String, u64>| {
            let mut sorted: Vec<_> = counts.iter().collect();
            sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let shown: Vec<String> = sorted.iter().take(20).map(|(k, v)| format!("{k}: {v}")).collect();
            let more = sorted.len().saturating_sub(20);
            let tail = if more > 0 {
                format!(" +{more} more")
            } else {
                String::new()
            };
            section(&format!("*By {name}*\n{}{tail}", shown.join(", ")))
        };
        let mut blocks = vec![
            json!({"type": "header", "text": {"type": "plain_text", "text": title}}),
            section(&format!(
                "*{}* events ({} occurrences), {} against the period before\n*{}* new issues, *{}* recurring",
                self.events,
                self.occurrences,
                self.change(),
                self.new_issues,
                self.recurring_issues
            )),
            breakdown("severity", &self.by_severity),
            breakdown("type", &self.by_type),
            breakdown("account", &self.by_account),
        ];
        if !self.top.is_empty() {
            let lines: Vec<String> = self
                .top
                .iter()
                .map(|t| {
                    let new = if t.new { " (new)" } else { "" };
                    let title: String = t.title.chars().take(200).collect();
                    format!("{}× {}{new} `{}`", t.occurrences, escape(&title), t.issue_id)
                })
                .collect();
            blocks.push(section(&format!("*Top issues*\n{}", lines.join("\n"))));
        }
        let silent = if self.silent_agents.is_empty() {
            "none".to_owned()
        } else {
            let shown: Vec<&str> = self.silent_agents.iter().take(30).map(String::as_str).collect();
            let more = self.silent_agents.len().saturating_sub(30);
            let tail = if more > 0 {
                format!(" +{more} more")
            } else {
                String::new()
            };
            format!("{}{tail}", shown.join(", "))
        };
        blocks.push(section(&format!("*Silent agents*: {silent}")));
        blocks.truncate(MAX_BLOCKS);
        json!({"text": title, "blocks": blocks})
    }
}

fn escape(raw: &str) -> String {
    raw.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A mrkdwn section, cut to Slack's section limit; the report's few sections stay far below
/// the message limit (`MAX_MESSAGE_CHARS`).
fn section(text: &str) -> Value {
    let budget = MAX_SECTION_CHARS.min(MAX_MESSAGE_CHARS / 8);
    let text: String = if text.chars().count() > budget {
        text.chars().take(budget - 1).chain(['…']).collect()
    } else {
        text.to_owned()
    };
    json!({"type": "section", "text": {"type": "mrkdwn", "text": text}})
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn row(account: &str, issue: usize, event_type: EventType) -> EventRow {
        EventRow {
            account_id: AccountId::parse(account).unwrap(),
            severity: Severity::High,
            event_type,
            issue_id: Some(Fingerprint::of(&[&issue.to_string()])),
            title: format!("problem {issue} <x>"),
            count: 2,
        }
    }

    fn day() -> (Timestamp, Timestamp) {
        ReportKind::Daily.period_before(Timestamp::parse("2026-11-25T06:00:00Z").unwrap())
    }

    #[test]
    fn periods_end_at_the_last_utc_midnight() {
        let (start, end) = day();
        assert_eq!(start.to_rfc3339(), "2026-11-24T00:00:00.000Z");
        assert_eq!(end.to_rfc3339(), "2026-11-25T00:00:00.000Z");
        let (start, _) = ReportKind::Weekly.period_before(Timestamp::parse("2026-11-25T06:00:00Z").unwrap());
        assert_eq!(start.to_rfc3339(), "2026-11-18T00:00:00.000Z");
    }

    #[test]
    fn counts_new_and_recurring_issues_and_the_top_list() {
        let (start, end) = day();
        let rows = vec![
            row("111111111111", 1, EventType::Alarm),
            row("111111111111", 1, EventType::Alarm),
            row("222222222222", 2, EventType::LambdaError),
            row("222222222222", 3, EventType::Heartbeat),
        ];
        let first_seen = HashMap::from([
            (Fingerprint::of(&["1"]), start.plus_millis(5)),
            (Fingerprint::of(&["2"]), start.plus_millis(-5)),
        ]);
        let report = Report::build(
            ReportKind::Daily,
            (start, end),
            rows,
            &first_seen,
            vec!["a/b".into()],
            2,
        );
        assert_eq!((report.events, report.occurrences), (3, 6));
        assert_eq!(report.by_account["111111111111"], 2);
        assert_eq!(report.by_type["lambda-error"], 1);
        assert_eq!((report.new_issues, report.recurring_issues), (1, 1));
        assert_eq!(report.top[0].occurrences, 4);
        assert!(report.top[0].new);
        assert_eq!(report.change(), "+1 (+50%)");
        let text = report.slack_message().to_string();
        assert!(
            text.contains("problem 1 &lt;x&gt;") && text.contains("a/b"),
            "{text}"
        );
    }

    proptest! {
        #[test]
        fn any_report_fits_slack(accounts in 1usize..3000, issues in 1usize..400, silent in 0usize..500) {
            let rows: Vec<EventRow> = (0..accounts.max(issues))
                .map(|i| row(&format!("{:012}", i % accounts), i % issues, EventType::ErrorLog))
                .collect();
            let silent: Vec<String> = (0..silent).map(|i| format!("{i:012}/eu-west-1")).collect();
            let report = Report::build(ReportKind::Weekly, day(), rows, &HashMap::new(), silent, 0);
            let message = report.slack_message();
            let blocks = message["blocks"].as_array().unwrap();
            prop_assert!(blocks.len() <= MAX_BLOCKS);
            let total: usize = blocks.iter().filter_map(|b| b["text"]["text"].as_str()).map(|t| {
                t.chars().count()
            }).sum();
            prop_assert!(total <= MAX_MESSAGE_CHARS);
            prop_assert!(blocks.iter().filter_map(|b| b["text"]["text"].as_str()).all(|t| t.chars().count() <= MAX_SECTION_CHARS));
        }
    }
}
