//! Windows events as the CloudWatch agent ships them in XML (`event_format = "xml"`): the
//! `<Event>` element of the event schema, one per log event.
//!
//! An event is identified by its provider and event id (`Application Error` 1000, `Schannel`
//! 36887), and judged by its `<Level>` (1 critical, 2 error, 3 warning, 4 information,
//! 5 verbose). What it says is its rendered `<Message>` when the agent included one, else its
//! `<Data>` values: a value of several lines (a .NET crash report with its stack) is read as a
//! message of its own; single-line values are read as one line, so that their variables
//! (versions, addresses, times) are templated away and their names (`w3wp.exe`, `clr.dll`) kept.
//! The system fields (`TimeCreated`, `EventRecordID`, `Computer`, `Execution`) never count.

use super::Level;

/// The parts of one event that awsmon reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowsEvent {
    /// `<Provider Name>` and `<EventID>`: `Application Error 1000`.
    pub source: String,
    pub level: Option<Level>,
    /// The rendered message, or the data values (see the module docs).
    pub message: String,
}

/// The event in `text` (trimmed), if it is one.
pub fn parse(text: &str) -> Option<WindowsEvent> {
    if !text.starts_with("<Event") || !text.ends_with("</Event>") {
        return None;
    }
    let system = between(text, "<System>", "</System>")?;
    let provider = attribute(system, "<Provider", "Name")?;
    let event_id = element_text(system, "EventID")?;
    let level = element_text(system, "Level").and_then(|l| l.trim().parse::<u8>().ok());
    let message = match between(text, "<Message>", "</Message>") {
        Some(rendered) => unescape(rendered.trim()),
        None => data_message(text),
    };
    Some(WindowsEvent {
        source: format!("{} {}", unescape(provider), event_id.trim()),
        level: level.and_then(windows_level),
        message,
    })
}

/// The event schema's levels; 0 (`LogAlways`, the Security log's audits) names none.
fn windows_level(level: u8) -> Option<Level> {
    Some(match level {
        1 => Level::Critical,
        2 => Level::Error,
        3 => Level::Warn,
        4 => Level::Info,
        5 => Level::Trace,
        _ => return None,
    })
}

/// The first `<Data>` value of several lines, else every value on one line.
fn data_message(text: &str) -> String {
    let Some(data) = between(text, "<EventData>", "</EventData>") else {
        return String::new();
    };
    let mut values = Vec::new();
    let mut rest = data;
    while let Some(open) = rest.find("<Data") {
        let after = &rest[open + "<Data".len()..];
        let Some(close_tag) = after.find('>') else {
            break;
        };
        // `<Data/>` or `<Data Name='x'/>`: empty.
        if after[..close_tag].ends_with('/') {
            rest = &after[close_tag + 1..];
            continue;
        }
        let value_and_rest = &after[close_tag + 1..];
        let Some(end) = value_and_rest.find("</Data>") else {
            break;
        };
        let value = value_and_rest[..end].trim();
        if value.contains('\n') {
            return unescape(value);
        }
        if !value.is_empty() {
            values.push(unescape(value));
        }
        rest = &value_and_rest[end + "</Data>".len()..];
    }
    values.join(" ")
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(&text[start..end])
}

/// The text of `<name ...>text</name>`.
fn element_text<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(at) = text[from..].find(&open) {
        let after = &text[from + at + open.len()..];
        // `<Level>`, `<EventID Qualifiers='0'>`, not `<LevelName>`.
        if after.starts_with(['>', ' ']) {
            let start = after.find('>')? + 1;
            let end = after[start..].find('<')? + start;
            return Some(&after[start..end]);
        }
        from += at + open.len();
    }
    None
}

/// The value of `name='...'` (or `"..."`) in the element that starts with `element`.
fn attribute<'a>(text: &'a str, element: &str, name: &str) -> Option<&'a str> {
    let at = text.find(element)?;
    let tag = &text[at..at + text[at..].find('>')?];
    let value = &tag[tag.find(&format!("{name}="))? + name.len() + 1..];
    let quote = value.chars().next().filter(|q| *q == '\'' || *q == '"')?;
    let value = &value[1..];
    Some(&value[..value.find(quote)?])
}

/// XML's five predefined entities.
fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(provider: &str, id: &str, level: &str, data: &str) -> String {
        format!(
            "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='{provider}'/><EventID Qualifiers='0'>{id}</EventID><Version>0</Version><Level>{level}</Level><Task>0</Task><TimeCreated SystemTime='2026-12-06T15:27:55.691371Z'/><EventRecordID>5790267</EventRecordID><Execution ProcessID='0' ThreadID='0'/><Channel>Application</Channel><Computer>EC2AMAZ-YJYAO6N</Computer><Security/></System><EventData>{data}</EventData></Event>"
        )
    }

    #[test]
    fn provider_event_id_level_and_data() {
        let crash = parse(&event(
            "Application Error",
            "1000",
            "2",
            "<Data>w3wp.exe</Data><Data>10.0.20348.1</Data><Data/><Data>clr.dll</Data><Data></Data>",
        ))
        .expect("an event");
        assert_eq!(crash.source, "Application Error 1000");
        assert_eq!(crash.level, Some(Level::Error));
        assert_eq!(crash.message, "w3wp.exe 10.0.20348.1 clr.dll");
        let report = parse(&event(
            ".NET Runtime",
            "1026",
            "2",
            "<Data>Application: Worker.exe\nException Info: System.IO.FileNotFoundException\n   at Shop.Loader.Load(System.String)\n</Data>",
        ))
        .expect("an event");
        assert!(report.message.starts_with("Application: Worker.exe\n"));
        let warning = parse(&event(
            "ASP.NET 4.0.30319.0",
            "1309",
            "3",
            "<Data>a &amp; b &lt;c&gt;</Data>",
        ))
        .expect("an event");
        assert_eq!(warning.level, Some(Level::Warn));
        assert_eq!(warning.message, "a & b <c>");
        let audit = parse(&event("Microsoft-Windows-Security-Auditing", "4625", "0", "")).expect("an event");
        assert_eq!(audit.level, None);
    }

    #[test]
    fn the_rendered_message_wins_and_anything_else_is_no_event() {
        let rendered = event("Service Control Manager", "7031", "2", "<Data>Orders</Data>").replace(
            "</Event>",
            "<RenderingInfo Culture='en-US'><Message>The Orders service terminated unexpectedly.</Message></RenderingInfo></Event>",
        );
        assert_eq!(
            parse(&rendered).expect("an event").message,
            "The Orders service terminated unexpectedly."
        );
        assert_eq!(parse("<Event>broken"), None);
        assert_eq!(parse("<Event><System></System></Event>"), None);
        assert_eq!(parse("ERROR <Event> not xml</Event>"), None);
    }
}
