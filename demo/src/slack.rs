//! The local Slack: an incoming-webhook stand-in that keeps every message, the Slack app's
//! channel (the Web API stand-in of `awsmon_tests::slack_api`, each message with its thread and
//! edit history), and the two ways a person sees them here, in the terminal and as an HTML page.

use serde_json::Value;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::style;

/// An incoming webhook on 127.0.0.1 that answers `ok` as Slack does and keeps each message.
#[derive(Debug)]
pub struct SlackSink {
    server: MockServer,
}

impl SlackSink {
    pub async fn start() -> Self {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
            .mount(&server)
            .await;
        Self { server }
    }

    /// The webhook URL the master reads from its SSM parameter.
    pub fn url(&self) -> String {
        format!("{}/services/T000/B000/local", self.server.uri())
    }

    /// Every message posted so far, oldest first.
    pub async fn messages(&self) -> Vec<Message> {
        self.server
            .received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .map(|request| Message(serde_json::from_slice(&request.body).unwrap_or(Value::Null)))
            .collect()
    }
}

/// One Block Kit message as the master posted it.
#[derive(Debug, Clone)]
pub struct Message(pub Value);

impl Message {
    /// Everything a person reads in it, as plain text (Slack's escapes undone, markup kept out).
    pub fn text(&self) -> String {
        let mut lines = Vec::new();
        let blocks = self.blocks();
        // With blocks, Slack shows `text` only in notifications (the fallback), not in the channel.
        if let Some(text) = self.0["text"].as_str().filter(|_| blocks.is_empty()) {
            lines.push(plain(text));
        }
        for block in blocks {
            match block {
                Block::Header(text) | Block::Section(text) => lines.push(plain(&text)),
                Block::Context(items) => {
                    lines.push(items.iter().map(|t| plain(t)).collect::<Vec<_>>().join("  "))
                }
                Block::Divider => {}
                Block::Buttons(labels) => lines.push(buttons(&labels)),
            }
        }
        lines.join("\n")
    }

    /// Whether this is a report rather than a notification (reports start with their header).
    pub fn is_report(&self) -> bool {
        self.blocks()
            .first()
            .is_some_and(|b| matches!(b, Block::Header(text) if text.to_lowercase().contains("report")))
    }

    /// The message's blocks, then its attachments' (a Slack app message keeps them in a
    /// coloured attachment).
    fn blocks(&self) -> Vec<Block> {
        let attachments = self.0["attachments"].as_array().into_iter().flatten();
        let blocks: Vec<&Value> = self.0["blocks"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(attachments.flat_map(|a| a["blocks"].as_array().into_iter().flatten()))
            .collect();
        blocks
            .into_iter()
            .map(|block| {
                let text = |v: &Value| v["text"].as_str().unwrap_or_default().to_owned();
                match block["type"].as_str() {
                    Some("header") => Block::Header(text(&block["text"])),
                    Some("context") => Block::Context(
                        block["elements"]
                            .as_array()
                            .map(|items| items.iter().map(text).collect())
                            .unwrap_or_default(),
                    ),
                    Some("divider") => Block::Divider,
                    Some("actions") => Block::Buttons(
                        block["elements"]
                            .as_array()
                            .map(|items| items.iter().map(|b| text(&b["text"])).collect())
                            .unwrap_or_default(),
                    ),
                    _ => {
                        let mut body = text(&block["text"]);
                        for field in block["fields"].as_array().into_iter().flatten() {
                            body.push('\n');
                            body.push_str(&text(field));
                        }
                        Block::Section(body)
                    }
                }
            })
            .collect()
    }

    /// The message in a terminal: a box per message, bold headers, links as `text (url)`.
    pub fn to_terminal(&self, width: usize) -> String {
        let rule = "─".repeat(width);
        let mut out = format!("┌{rule}\n");
        for block in self.blocks() {
            match block {
                Block::Header(text) => out.push_str(&format!("│ {}\n", style::bold(&plain(&text)))),
                Block::Section(text) => {
                    for line in plain(&text).lines() {
                        out.push_str(&format!("│ {line}\n"));
                    }
                }
                Block::Context(items) => {
                    let line = items.iter().map(|t| plain(t)).collect::<Vec<_>>().join("  ·  ");
                    out.push_str(&format!("│ {}\n", style::dim(&line)));
                }
                Block::Divider => out.push_str(&format!("├{rule}\n")),
                Block::Buttons(labels) => out.push_str(&format!("│ {}\n", style::bold(&buttons(&labels)))),
            }
        }
        out.push_str(&format!("└{rule}\n"));
        out
    }

    /// The colour of a Slack app message's attachment (`#2eb886` when resolved).
    pub fn colour(&self) -> Option<&str> {
        self.0["attachments"][0]["color"].as_str()
    }

    fn to_html(&self) -> String {
        let mut out = String::from("<article class=\"message\">\n");
        let blocks = self.blocks();
        // A message without blocks (a thread reply) is its text.
        if let Some(text) = self.0["text"].as_str().filter(|_| blocks.is_empty()) {
            out.push_str(&format!("<p>{}</p>\n", mrkdwn_html(text)));
        }
        for block in blocks {
            match block {
                Block::Header(text) => out.push_str(&format!("<h2>{}</h2>\n", escape(&unescape(&text)))),
                Block::Section(text) => out.push_str(&format!("<p>{}</p>\n", mrkdwn_html(&text))),
                Block::Context(items) => {
                    let items: Vec<String> = items.iter().map(|t| mrkdwn_html(t)).collect();
                    out.push_str(&format!("<p class=\"context\">{}</p>\n", items.join(" · ")));
                }
                Block::Divider => out.push_str("<hr>\n"),
                Block::Buttons(labels) => {
                    let labels: Vec<String> = labels
                        .iter()
                        .map(|l| format!("<button>{}</button>", escape(l)))
                        .collect();
                    out.push_str(&format!("<p class=\"buttons\">{}</p>\n", labels.join(" ")));
                }
            }
        }
        out.push_str("</article>\n");
        out
    }

    /// The article of a Slack app message, its border in its colour.
    fn to_html_coloured(&self) -> String {
        let html = self.to_html();
        match self.colour() {
            Some(colour) if colour.starts_with('#') && colour[1..].chars().all(|c| c.is_ascii_hexdigit()) => {
                html.replacen(
                    "<article class=\"message\">",
                    &format!("<article class=\"message\" style=\"border-left-color:{colour}\">"),
                    1,
                )
            }
            _ => html,
        }
    }
}

/// A message of the Slack app's channel: its final state, its thread and its earlier versions.
#[derive(Debug, Clone)]
pub struct Living {
    pub current: Message,
    pub replies: Vec<Message>,
    pub history: Vec<Message>,
}

impl Living {
    pub fn of(message: &awsmon_tests::slack_api::Message) -> Self {
        Self {
            current: Message(message.to_json()),
            replies: message.replies.iter().map(|r| Message(r.to_json())).collect(),
            history: message.history.iter().cloned().map(Message).collect(),
        }
    }

    /// In a terminal: the message, then its thread indented.
    pub fn to_terminal(&self, width: usize) -> String {
        let mut out = self.current.to_terminal(width);
        for reply in &self.replies {
            for line in reply.text().lines() {
                out.push_str(&format!("    ↳ {line}\n"));
            }
        }
        out.push_str(&format!("    ({} edits)\n", self.history.len()));
        out
    }

    fn to_html(&self) -> String {
        let mut out = self.current.to_html_coloured();
        out.push_str("<div class=\"thread\">\n");
        for reply in &self.replies {
            out.push_str(&reply.to_html());
        }
        out.push_str("</div>\n");
        if !self.history.is_empty() {
            out.push_str(&format!(
                "<details><summary>{} earlier versions</summary>\n",
                self.history.len()
            ));
            for version in &self.history {
                out.push_str(&version.to_html_coloured());
            }
            out.push_str("</details>\n");
        }
        out
    }
}

fn buttons(labels: &[String]) -> String {
    labels
        .iter()
        .map(|l| format!("[{l}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

enum Block {
    Header(String),
    Section(String),
    Context(Vec<String>),
    Divider,
    Buttons(Vec<String>),
}

/// The webhook's messages, then the Slack app channel's (each in its final state with its
/// thread and edit history), as one self-contained HTML page.
pub fn html_page(title: &str, messages: &[Message], channel: &[Living]) -> String {
    let mut body = String::from("<h2>#awsmon (incoming webhook)</h2>\n");
    for message in messages {
        body.push_str(&message.to_html());
    }
    body.push_str("<h2>#oncall (Slack app: one message per issue)</h2>\n");
    for living in channel {
        body.push_str(&living.to_html());
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <style>body{{font-family:sans-serif;max-width:48rem;margin:2rem auto;background:#f8f8f8}}\
         .message{{background:#fff;border-left:4px solid #611f69;padding:0.5rem 1rem;margin:1rem 0}}\
         .context{{color:#666;font-size:0.85rem}}h2{{font-size:1.1rem}}\
         .thread{{margin-left:2rem}}.thread .message{{border-left-color:#ccc}}</style>\n</head>\n<body>\n\
         <h1>{title}</h1>\n{body}</body>\n</html>\n",
        title = escape(title),
    )
}

/// Slack escapes `&`, `<` and `>` in text; markup uses the raw `<url|label>`.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Splits mrkdwn into text and `<url|label>` links.
fn segments(text: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        out.push((rest[..open].to_owned(), None));
        let inner = &rest[open + 1..open + close];
        let (url, label) = inner.split_once('|').unwrap_or((inner, inner));
        out.push((label.to_owned(), Some(url.to_owned())));
        rest = &rest[open + close + 1..];
    }
    out.push((rest.to_owned(), None));
    out
}

/// Plain text: links as `label (url)`, `*bold*` and `` `code` `` markers dropped.
fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|(label, url)| {
            let label: String = spans(&unescape(&label))
                .into_iter()
                .map(|span| match span {
                    Span::Text(text) | Span::Styled(_, text) => text,
                })
                .collect();
            match url {
                Some(url) if url != label => format!("{label} ({})", unescape(&url)),
                _ => label,
            }
        })
        .collect()
}

fn mrkdwn_html(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|(label, url)| {
            let label: String = spans(&unescape(&label))
                .into_iter()
                .map(|span| match span {
                    Span::Text(text) => escape(&text),
                    Span::Styled(tag, text) => format!("<{tag}>{}</{tag}>", escape(&text)),
                })
                .collect();
            match url {
                Some(url) => format!("<a href=\"{}\">{label}</a>", escape(&unescape(&url))),
                None => label,
            }
            .replace('\n', "<br>\n")
        })
        .collect()
}

#[derive(Debug, PartialEq, Eq)]
enum Span {
    Text(String),
    Styled(&'static str, String),
}

/// Splits mrkdwn text into plain and `*bold*` / `` `code` `` spans. As in Slack, a marker opens
/// only at the start of a word and closes only at the end of one, so the `*` of `<*>` or of
/// `2 * 3` is text.
fn spans(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    while i < chars.len() {
        let marker = chars[i];
        let tag = match marker {
            '*' => Some("strong"),
            '`' => Some("code"),
            _ => None,
        };
        let opens = tag.is_some()
            && (i == 0 || chars[i - 1].is_whitespace() || "(_~".contains(chars[i - 1]))
            && chars
                .get(i + 1)
                .is_some_and(|c| !c.is_whitespace() && *c != marker);
        let close = if opens {
            (i + 2..chars.len()).find(|&j| {
                chars[j] == marker
                    && !chars[j - 1].is_whitespace()
                    && chars
                        .get(j + 1)
                        .is_none_or(|c| c.is_whitespace() || ".,;:!?)'\"-_~".contains(*c))
            })
        } else {
            None
        };
        match (tag, close) {
            (Some(tag), Some(j)) => {
                if !plain.is_empty() {
                    out.push(Span::Text(std::mem::take(&mut plain)));
                }
                out.push(Span::Styled(tag, chars[i + 1..j].iter().collect()));
                i = j + 1;
            }
            _ => {
                plain.push(marker);
                i += 1;
            }
        }
    }
    if !plain.is_empty() {
        out.push(Span::Text(plain));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message() -> Message {
        Message(json!({
            "text": "1 new issue",
            "blocks": [
                {"type": "header", "text": {"type": "plain_text", "text": "High: orders-5xx"}},
                {"type": "section", "text": {"type": "mrkdwn", "text": "*ALARM* in `prod` &amp; <https://api.local/issues/1|issue 1> a &lt;b&gt;"}},
                {"type": "divider"},
                {"type": "context", "elements": [{"type": "mrkdwn", "text": "first seen 10:00"}]}
            ]
        }))
    }

    #[test]
    fn plain_text_undoes_slack_markup() {
        let text = message().text();
        assert!(
            text.contains("ALARM in prod & issue 1 (https://api.local/issues/1) a <b>"),
            "{text}"
        );
        assert!(text.contains("first seen 10:00"), "{text}");
    }

    #[test]
    fn html_escapes_text_and_keeps_links() {
        let html = html_page("t <1>", &[message()], &[]);
        assert!(html.contains("<strong>ALARM</strong> in <code>prod</code> &amp; <a href=\"https://api.local/issues/1\">issue 1</a> a &lt;b&gt;"), "{html}");
        assert!(html.contains("<title>t &lt;1&gt;</title>"), "{html}");
    }

    #[test]
    fn markers_style_only_whole_words() {
        assert_eq!(
            plain("2 * 3 and &lt;*&gt; ms (order &lt;*&gt;)"),
            "2 * 3 and <*> ms (order <*>)"
        );
        assert_eq!(plain("*9* events, `abc`."), "9 events, abc.");
        assert_eq!(
            spans("*a* and `b`"),
            vec![
                Span::Styled("strong", "a".into()),
                Span::Text(" and ".into()),
                Span::Styled("code", "b".into())
            ]
        );
    }
}
