//! Slack app mode's messages: one living message per issue, rendered from the issue's current
//! state (edited in place with `chat.update`), and the replies in its thread.

use serde_json::{Value, json};

use super::console;
use super::interaction::BUTTONS;
use crate::issue::{Issue, IssueStatus};
use crate::notification::{Notification, Reason, cut, escape};
use crate::severity::Severity;
use crate::timestamp::Timestamp;

/// Attachment colours: Slack's green for resolved, amber for acknowledged, grey for silenced.
const GREEN: &str = "#2eb886";
const AMBER: &str = "#daa038";
const GREY: &str = "#9e9e9e";
const RED: &str = "#a30200";
const ORANGE: &str = "#e8912d";
/// Characters of a section's text Slack takes (Block Kit).
const MAX_SECTION_CHARS: usize = 3_000;
/// Characters of a message's fallback `text` kept (it shows in notifications).
const MAX_FALLBACK_CHARS: usize = 300;

/// What the message shows beside the issue itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Labels<'a> {
    /// The account's name (`account_names`), shown before its id.
    pub account_name: Option<&'a str>,
    /// The awsmon API's base URL, for the issue's link.
    pub api_base: Option<&'a str>,
}

/// The issue's message as it should read now: state, facts, latest context, links and the
/// buttons its state allows, in an attachment coloured by its state. Without `channel`/`ts`:
/// the sender adds them for `chat.postMessage` or `chat.update`.
pub fn issue_message(issue: &Issue, labels: Labels<'_>, now: Timestamp) -> Value {
    let mut blocks = vec![json!({
        "type": "section",
        "text": {"type": "mrkdwn", "text": cut(&format!("*{}*\n{}", escape(&issue.title), state_line(issue, now)), MAX_SECTION_CHARS)},
    })];
    blocks.push(json!({"type": "section", "fields": facts(issue, labels)}));
    if !issue.last_context.is_empty() {
        let quoted: Vec<String> = issue
            .last_context
            .iter()
            .map(|l| format!("> {}", escape(l)))
            .collect();
        blocks.push(json!({"type": "section", "text": {"type": "mrkdwn", "text": cut(&quoted.join("\n"), MAX_SECTION_CHARS)}}));
    }
    let links: Vec<String> = console::links(issue, labels.api_base)
        .into_iter()
        .map(|(label, url)| format!("<{url}|{label}>"))
        .collect();
    if !links.is_empty() {
        blocks
            .push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": links.join("  ·  ")}]}));
    }
    let buttons: Vec<Value> = BUTTONS
        .iter()
        .filter(|(_, action)| allowed(issue.status, action))
        .map(|(label, action)| {
            let mut button = json!({
                "type": "button",
                "text": {"type": "plain_text", "text": label},
                "action_id": action,
                "value": issue.id.as_str(),
            });
            if *action == super::interaction::RESOLVE {
                button["style"] = json!("primary");
            }
            button
        })
        .collect();
    if !buttons.is_empty() {
        blocks.push(json!({"type": "actions", "block_id": "awsmon_issue_actions", "elements": buttons}));
    }
    json!({
        "text": cut(&format!("{} {}: {}", issue.severity, status_word(issue, now), issue.title), MAX_FALLBACK_CHARS),
        "attachments": [{"color": colour(issue, now), "blocks": blocks}],
    })
}

/// A reply in the issue's thread for `notification`; `broadcast` when the channel should see it
/// too (`reply_broadcast`: a resolved issue came back).
pub fn thread_reply(notification: &Notification) -> (Value, bool) {
    // A person's change names the person, as it was when they made it; a status its source
    // set names nobody.
    let by = notification
        .by
        .as_ref()
        .map(|caller| format!(" by {}", escape(caller)))
        .unwrap_or_default();
    let mut text = match notification.reason {
        Reason::New => format!(":new: First seen at {}", notification.first_seen),
        Reason::Repeat | Reason::Refresh => format!(
            ":repeat: Still happening: {} times, last at {}",
            notification.count, notification.last_seen
        ),
        Reason::Reopened => format!(
            ":rotating_light: Reopened: it happened again at {} after it was resolved",
            notification.last_seen
        ),
        Reason::Resolved => format!(":white_check_mark: Resolved{by}"),
        Reason::Acknowledged => format!(":eyes: Acknowledged{by}"),
        Reason::Muted => match notification.until {
            Some(until) => format!(":zzz: Silenced until {until}{by}"),
            None => format!(":zzz: Silenced{by}"),
        },
    };
    if matches!(notification.reason, Reason::Repeat | Reason::Reopened) {
        for line in &notification.context {
            text.push_str("\n> ");
            text.push_str(&escape(line));
        }
    }
    let text = cut(&text, MAX_SECTION_CHARS);
    (json!({"text": text}), notification.reason == Reason::Reopened)
}

/// The buttons a status allows: the transitions `Issue::try_*` accept from it.
fn allowed(status: IssueStatus, action: &str) -> bool {
    match status {
        IssueStatus::Resolved => false,
        IssueStatus::Acknowledged => action != super::interaction::ACKNOWLEDGE,
        IssueStatus::Open | IssueStatus::Muted => true,
    }
}

fn status_word(issue: &Issue, now: Timestamp) -> &'static str {
    match issue.status {
        IssueStatus::Muted if !issue.is_muted(now) => "open",
        IssueStatus::Open if issue.regressions > 0 => "reopened",
        status => status.as_str(),
    }
}

fn state_line(issue: &Issue, now: Timestamp) -> String {
    let by = |status: IssueStatus| {
        issue
            .changed_by
            .as_ref()
            .filter(|c| c.status == status)
            .map(|c| format!(" by {} at {}", escape(&c.caller), c.at))
            .unwrap_or_default()
    };
    match issue.status {
        IssueStatus::Resolved => format!(":white_check_mark: *Resolved*{}", by(IssueStatus::Resolved)),
        IssueStatus::Acknowledged => format!(":eyes: *Acknowledged*{}", by(IssueStatus::Acknowledged)),
        IssueStatus::Muted if issue.is_muted(now) => match issue.muted_until {
            Some(until) => format!(":zzz: *Silenced until {until}*{}", by(IssueStatus::Muted)),
            None => format!(":zzz: *Silenced*{}", by(IssueStatus::Muted)),
        },
        _ if issue.regressions > 0 => format!(
            ":rotating_light: *Reopened* ({} since it was first resolved)",
            times(issue.regressions)
        ),
        _ => ":rotating_light: *Open*".to_owned(),
    }
}

fn facts(issue: &Issue, labels: Labels<'_>) -> Vec<Value> {
    let account = match labels.account_name {
        Some(name) => format!("{} ({})", escape(name), issue.account_id),
        None => issue.account_id.to_string(),
    };
    [
        ("Account", account),
        ("Region", issue.region.to_string()),
        (
            "Type",
            format!("{} {}", issue.severity, issue.event_type.as_str()),
        ),
        ("Count", format!("{} since {}", issue.count, issue.first_seen)),
        ("Last seen", issue.last_seen.to_string()),
        ("Resource", format!("`{}`", escape(&issue.resource))),
    ]
    .into_iter()
    .map(|(name, value)| json!({"type": "mrkdwn", "text": cut(&format!("*{name}*\n{value}"), 2_000)}))
    .collect()
}

fn colour(issue: &Issue, now: Timestamp) -> &'static str {
    match issue.status {
        IssueStatus::Resolved => GREEN,
        IssueStatus::Acknowledged => AMBER,
        IssueStatus::Muted if issue.is_muted(now) => GREY,
        _ if issue.severity >= Severity::High => RED,
        _ => ORANGE,
    }
}

fn times(n: u64) -> String {
    if n == 1 {
        "once".to_owned()
    } else {
        format!("{n} times")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::tests::event;
    use crate::notification::person_changed;

    fn issue() -> Issue {
        let mut e = event(1_795_000_000);
        e.context = vec!["Task timed out after 6.00 seconds <&>".into()];
        Issue::open(&e).unwrap()
    }

    fn colour_and_buttons(message: &Value) -> (String, Vec<String>) {
        let attachment = &message["attachments"][0];
        let buttons = attachment["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["type"] == "actions")
            .flat_map(|b| b["elements"].as_array().unwrap().iter())
            .map(|e| e["action_id"].as_str().unwrap().to_owned())
            .collect();
        (attachment["color"].as_str().unwrap().to_owned(), buttons)
    }

    #[test]
    fn the_message_follows_the_issue_through_every_state() {
        let now = Timestamp::from_secs(1_795_000_100);
        let labels = Labels {
            account_name: Some("production"),
            api_base: Some("https://api.example/v1"),
        };
        let mut issue = issue();
        let open = issue_message(&issue, labels, now);
        assert_eq!(
            colour_and_buttons(&open),
            (RED.to_owned(), BUTTONS.map(|(_, a)| a.to_owned()).to_vec())
        );
        let text = open.to_string();
        assert!(text.contains("production (222222222222)"), "{text}");
        assert!(
            text.contains("> Task timed out after 6.00 seconds &lt;&amp;&gt;"),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "https://api.example/v1/issues/{}|Issue in the API",
                issue.id
            )),
            "{text}"
        );
        // The buttons carry the issue: the click names what it changes.
        assert!(text.contains(&format!("\"value\":\"{}\"", issue.id)), "{text}");

        issue.try_acknowledge().unwrap();
        issue.record_change_by("slack:U0EXAMPLE1 (dana)", now);
        let acknowledged = issue_message(&issue, labels, now);
        let (colour, buttons) = colour_and_buttons(&acknowledged);
        assert_eq!(colour, AMBER);
        assert!(!buttons.contains(&super::super::interaction::ACKNOWLEDGE.to_owned()));
        assert!(
            acknowledged
                .to_string()
                .contains("*Acknowledged* by slack:U0EXAMPLE1 (dana)")
        );

        issue.try_mute(Timestamp::from_secs(1_795_003_700)).unwrap();
        assert_eq!(colour_and_buttons(&issue_message(&issue, labels, now)).0, GREY);
        // An expired silence reads open again.
        let later = Timestamp::from_secs(1_795_010_000);
        assert_eq!(colour_and_buttons(&issue_message(&issue, labels, later)).0, RED);

        issue.try_resolve().unwrap();
        let resolved = issue_message(&issue, labels, now);
        assert_eq!(colour_and_buttons(&resolved), (GREEN.to_owned(), vec![]));
        assert!(resolved["text"].as_str().unwrap().contains("resolved"));
    }

    #[test]
    fn a_persons_change_is_told_in_the_thread_and_a_reopening_in_the_channel_too() {
        let now = Timestamp::from_secs(1_795_000_100);
        let mut issue = issue();
        issue.set_slack_message(crate::issue::SlackMessage {
            destination: "oncall".into(),
            channel: "C0EXAMPLE1".into(),
            ts: "1795000000.000100".into(),
        });
        issue.try_acknowledge().unwrap();
        issue.record_change_by("slack:U0EXAMPLE1 (dana)", now);
        let changed = person_changed(&issue, now);
        assert_eq!(changed.len(), 1);
        assert_eq!(
            (changed[0].webhook.as_str(), changed[0].reason),
            ("oncall", Reason::Acknowledged)
        );
        let (reply, broadcast) = thread_reply(&changed[0]);
        assert_eq!(reply["text"], ":eyes: Acknowledged by slack:U0EXAMPLE1 (dana)");
        assert!(!broadcast);
        // The same change read twice makes the same notification; the next change another.
        assert_eq!(person_changed(&issue, now)[0].id, changed[0].id);
        issue.version += 1;
        assert_ne!(person_changed(&issue, now)[0].id, changed[0].id);

        let mut reopened = changed[0].clone();
        reopened.reason = Reason::Reopened;
        reopened.context = vec!["again".into()];
        let (reply, broadcast) = thread_reply(&reopened);
        assert!(broadcast);
        assert!(reply["text"].as_str().unwrap().ends_with("\n> again"));
        // An issue without messages tells no channel.
        issue.slack_messages.clear();
        assert!(person_changed(&issue, now).is_empty());
    }
}
