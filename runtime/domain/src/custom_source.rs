//! Custom event sources: an EventBridge pattern of the user's own (RDS instance events, Step
//! Functions executions that failed, ...) and how the master reads what it matches.
//!
//! One definition, written once by the user (the modules' `custom_event_sources` variable, the
//! `awsmon_master` attribute of the same name, `AWSMON_CUSTOM_EVENT_SOURCES`, `awsmon events
//! normalise --custom-sources`): a map of name to
//!
//! | key | required | what |
//! | --- | --- | --- |
//! | `pattern` | yes | the EventBridge event pattern (JSON) the agent module installs on the default bus; its `source` must name AWS services (`aws.*`) |
//! | `title` | yes | a template: text with `{path}` placeholders, e.g. `RDS {detail.EventID} on {detail.SourceIdentifier}` |
//! | `resource` | no | a template; default `{resources.0}` |
//! | `severity` | no | `info`, `low`, `medium`, `high` or `critical`; default the severity policy's `custom-event` rule |
//! | `resolved_when` | no | an event pattern (JSON): an event it matches resolves the issue |
//!
//! Everything is checked when the definition is parsed ([`CustomSources::parse`]), so the
//! provider refuses a bad definition at plan time with the same words the master would use.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::severity::Severity;

/// The most custom sources one master reads (each is one rule in every agent account).
pub const MAX_CUSTOM_SOURCES: usize = 50;
/// A name is 1 to this many characters of `a-z`, `0-9` and `-`: it names the agent module's
/// rule (`<agent>-forward-custom-<name>`, within EventBridge's 64).
pub const MAX_NAME_CHARS: usize = 24;
/// A template is at most this many characters.
pub const MAX_TEMPLATE_CHARS: usize = 500;
/// A pattern is at most this many characters of JSON (EventBridge allows 4,096 for a rule's).
pub const MAX_PATTERN_CHARS: usize = 4_096;
/// A path has at most this many segments.
const MAX_PATH_SEGMENTS: usize = 16;

/// The keys a definition may have.
pub const KEYS: [&str; 5] = ["pattern", "title", "resource", "severity", "resolved_when"];

/// What is wrong with a definition: the source's name, the key, and why (never the value).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("custom event source {name:?}: {key}: {reason}")]
pub struct DefinitionError {
    /// The source's name, bounded and printable.
    pub name: String,
    /// The key of the definition (`pattern`, `title`, ...), or `name`.
    pub key: String,
    pub reason: String,
}

/// Every custom source of a master, in name order. Empty by default.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomSources(Vec<CustomSource>);

impl CustomSources {
    /// No custom source.
    pub const NONE: Self = Self(Vec::new());

    /// The sources of `definitions` (name -> key -> value), or the first thing wrong with them.
    pub fn parse(definitions: &BTreeMap<String, BTreeMap<String, String>>) -> Result<Self, DefinitionError> {
        if definitions.len() > MAX_CUSTOM_SOURCES {
            return Err(DefinitionError {
                name: String::new(),
                key: "name".into(),
                reason: format!("at most {MAX_CUSTOM_SOURCES} custom event sources"),
            });
        }
        definitions
            .iter()
            .map(|(name, definition)| CustomSource::parse(name, definition))
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    /// [`Self::parse`] of the JSON form (`AWSMON_CUSTOM_EVENT_SOURCES`, the CLI's file): an
    /// object of name to an object of string values.
    pub fn parse_json(raw: &str) -> Result<Self, DefinitionError> {
        let definitions: BTreeMap<String, BTreeMap<String, String>> =
            serde_json::from_str(raw).map_err(|e| DefinitionError {
                name: String::new(),
                key: "name".into(),
                reason: format!(
                    "must be a JSON object of name to an object of strings ({})",
                    crate::reason::serde_reason(&e)
                ),
            })?;
        Self::parse(&definitions)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &CustomSource> {
        self.0.iter()
    }

    /// The first source (in name order) whose pattern matches `event`.
    pub fn matching(&self, event: &Value) -> Option<&CustomSource> {
        self.0.iter().find(|source| source.pattern.matches(event))
    }
}

/// One custom source, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomSource {
    pub name: String,
    pub pattern: EventPattern,
    pub title: Template,
    pub resource: Template,
    /// None: the severity policy's `custom-event` rule.
    pub severity: Option<Severity>,
    pub resolved_when: Option<EventPattern>,
}

impl CustomSource {
    pub fn parse(name: &str, definition: &BTreeMap<String, String>) -> Result<Self, DefinitionError> {
        let error = |key: &str, reason: String| DefinitionError {
            name: crate::reason::printable(name, MAX_NAME_CHARS + 8),
            key: key.into(),
            reason,
        };
        check_name(name).map_err(|reason| error("name", reason))?;
        if let Some(unknown) = definition.keys().find(|k| !KEYS.contains(&k.as_str())) {
            return Err(error(
                &crate::reason::printable(unknown, 40),
                format!("unknown key; a definition has {}", KEYS.join(", ")),
            ));
        }
        let required = |key: &str| {
            definition
                .get(key)
                .filter(|v| !v.trim().is_empty())
                .ok_or_else(|| error(key, "is required".into()))
        };
        let optional = |key: &str| definition.get(key).filter(|v| !v.trim().is_empty());
        let pattern = EventPattern::parse(required("pattern")?).map_err(|r| error("pattern", r))?;
        pattern.check_sources().map_err(|r| error("pattern", r))?;
        let title = Template::parse(required("title")?).map_err(|r| error("title", r))?;
        let resource = match optional("resource") {
            Some(raw) => Template::parse(raw).map_err(|r| error("resource", r))?,
            None => Template::parse("{resources.0}").map_err(|r| error("resource", r))?,
        };
        let severity = optional("severity")
            .map(|raw| raw.trim().parse::<Severity>())
            .transpose()
            .map_err(|e| error("severity", e.to_string()))?;
        let resolved_when = optional("resolved_when")
            .map(|raw| EventPattern::parse(raw))
            .transpose()
            .map_err(|r| error("resolved_when", r))?;
        Ok(Self {
            name: name.to_owned(),
            pattern,
            title,
            resource,
            severity,
            resolved_when,
        })
    }
}

fn check_name(name: &str) -> Result<(), String> {
    let valid = !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "a name is 1 to {MAX_NAME_CHARS} characters of a-z, 0-9 and -, not starting with -"
        ))
    }
}

/// An EventBridge event pattern, checked to use only what the master can evaluate as
/// EventBridge does: exact values (strings, numbers, booleans, null), `prefix`, `suffix`,
/// `equals-ignore-case`, `wildcard`, `anything-but` (a value, a list, or a `prefix`/`suffix`),
/// `exists` and `numeric`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPattern(Value);

impl EventPattern {
    /// The pattern in `raw`, or why it is not one (without repeating it).
    pub fn parse(raw: &str) -> Result<Self, String> {
        if raw.chars().count() > MAX_PATTERN_CHARS {
            return Err(format!("a pattern is at most {MAX_PATTERN_CHARS} characters"));
        }
        let value: Value = serde_json::from_str(raw)
            .map_err(|e| format!("not JSON ({})", crate::reason::serde_reason(&e)))?;
        if value.as_object().is_none_or(|o| o.is_empty()) {
            return Err("must be a non-empty JSON object".into());
        }
        check_object(&value, "")?;
        Ok(Self(value))
    }

    /// The pattern as JSON.
    pub fn as_json(&self) -> &Value {
        &self.0
    }

    /// A forwarding pattern names its sources, each an AWS service's (`aws.*`): the agent
    /// forwards AWS events only, and the master takes nothing else from inside a forwarded event.
    fn check_sources(&self) -> Result<(), String> {
        let sources = self
            .0
            .get("source")
            .ok_or("has no `source`: name the AWS services, e.g. \"source\": [\"aws.rds\"]")?;
        let all_aws = sources.as_array().is_some_and(|values| {
            values
                .iter()
                .all(|v| v.as_str().is_some_and(|s| s.starts_with("aws.") && s.len() > 4))
        });
        if all_aws {
            Ok(())
        } else {
            Err("`source` must list AWS service sources as exact strings (aws.*)".into())
        }
    }

    /// Whether `event` matches, as EventBridge decides.
    pub fn matches(&self, event: &Value) -> bool {
        matches_object(&self.0, event)
    }
}

fn check_object(pattern: &Value, at: &str) -> Result<(), String> {
    let Some(fields) = pattern.as_object() else {
        return Err(format!("{} must be an object", name_of(at)));
    };
    for (key, value) in fields {
        let path = if at.is_empty() {
            key.clone()
        } else {
            format!("{at}.{key}")
        };
        let path = crate::reason::printable(&path, 100);
        if key.starts_with('$') {
            return Err(format!(
                "{path}: `{}` is not supported",
                crate::reason::printable(key, 20)
            ));
        }
        match value {
            Value::Object(_) => check_object(value, &path)?,
            Value::Array(items) if items.is_empty() => {
                return Err(format!("{path}: an empty list matches nothing"));
            }
            Value::Array(items) => {
                for item in items {
                    check_matcher(item, &path)?;
                }
            }
            _ => {
                return Err(format!(
                    "{path}: a value to match must be in a list, e.g. [\"x\"]"
                ));
            }
        }
    }
    Ok(())
}

fn name_of(at: &str) -> String {
    if at.is_empty() {
        "the pattern".into()
    } else {
        at.to_owned()
    }
}

fn check_matcher(matcher: &Value, path: &str) -> Result<(), String> {
    let Value::Object(operator) = matcher else {
        return match matcher {
            Value::Array(_) => Err(format!("{path}: a list inside a list is not a pattern")),
            _ => Ok(()),
        };
    };
    let mut entries = operator.iter();
    let (Some((name, argument)), None) = (entries.next(), entries.next()) else {
        return Err(format!("{path}: an operator is an object of exactly one key"));
    };
    let string = |v: &Value| v.is_string();
    let ok = match name.as_str() {
        "prefix" | "suffix" => string(argument) || argument.get("equals-ignore-case").is_some_and(string),
        "equals-ignore-case" | "wildcard" => string(argument),
        "exists" => argument.is_boolean(),
        "anything-but" => match argument {
            Value::String(_) | Value::Number(_) => true,
            Value::Array(items) => !items.is_empty() && items.iter().all(|i| i.is_string() || i.is_number()),
            Value::Object(inner) => {
                inner.len() == 1
                    && inner
                        .iter()
                        .all(|(k, v)| matches!(k.as_str(), "prefix" | "suffix") && v.is_string())
            }
            _ => false,
        },
        "numeric" => check_numeric(argument),
        other => {
            return Err(format!(
                "{path}: operator `{}` is not supported (prefix, suffix, equals-ignore-case, wildcard, anything-but, exists, numeric)",
                crate::reason::printable(other, 30)
            ));
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{path}: `{name}` has an argument of the wrong form"))
    }
}

/// `[">", 0, "<=", 5]`: one or two comparisons, each an operator and a number.
fn check_numeric(argument: &Value) -> bool {
    numeric_conditions(argument).is_some()
}

fn numeric_conditions(argument: &Value) -> Option<Vec<(&str, f64)>> {
    let items = argument.as_array()?;
    if items.is_empty() || items.len() % 2 != 0 || items.len() > 4 {
        return None;
    }
    items
        .chunks(2)
        .map(|pair| {
            let operator = pair[0]
                .as_str()
                .filter(|o| ["<", "<=", "=", ">", ">="].contains(o))?;
            Some((operator, pair[1].as_f64()?))
        })
        .collect()
}

/// Every key of `pattern` matches `event` (an object).
fn matches_object(pattern: &Value, event: &Value) -> bool {
    let Some(fields) = pattern.as_object() else {
        return false;
    };
    fields.iter().all(|(key, expected)| {
        let actual = event.get(key);
        match expected {
            Value::Object(_) => actual.is_some_and(|a| match a {
                Value::Array(items) => items.iter().any(|item| matches_object(expected, item)),
                _ => matches_object(expected, a),
            }),
            Value::Array(matchers) => matchers.iter().any(|m| matches_value(m, actual)),
            _ => false,
        }
    })
}

/// One matcher of a list against the event's value (absent: `None`; an array matches when one
/// of its items does, as EventBridge reads arrays).
fn matches_value(matcher: &Value, actual: Option<&Value>) -> bool {
    if let Some(Value::Object(operator)) = Some(matcher)
        && let Some(exists) = operator.get("exists").and_then(Value::as_bool)
    {
        return actual.is_some_and(|a| !a.is_null() && !a.is_object()) == exists;
    }
    let Some(actual) = actual else {
        return false;
    };
    if let Value::Object(operator) = matcher
        && let Some(excluded) = operator.get("anything-but")
    {
        // anything-but: every item of an array must be other than the excluded.
        let items: Vec<&Value> = match actual {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        return !items.is_empty() && items.iter().all(|item| !excluded_by(excluded, item));
    }
    match actual {
        Value::Array(items) => items.iter().any(|item| matches_scalar(matcher, item)),
        other => matches_scalar(matcher, other),
    }
}

fn excluded_by(excluded: &Value, item: &Value) -> bool {
    match excluded {
        Value::Array(values) => values.iter().any(|v| same_value(v, item)),
        Value::Object(inner) => inner.iter().any(|(op, arg)| {
            let (Some(text), Some(arg)) = (item.as_str(), arg.as_str()) else {
                return false;
            };
            match op.as_str() {
                "prefix" => text.starts_with(arg),
                "suffix" => text.ends_with(arg),
                _ => false,
            }
        }),
        value => same_value(value, item),
    }
}

fn same_value(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (a, b) => a == b,
    }
}

fn matches_scalar(matcher: &Value, actual: &Value) -> bool {
    let Value::Object(operator) = matcher else {
        return same_value(matcher, actual);
    };
    let Some((name, argument)) = operator.iter().next() else {
        return false;
    };
    let text = actual.as_str();
    match name.as_str() {
        "prefix" | "suffix" => {
            let (wanted, ignore_case) = match argument {
                Value::String(s) => (s.as_str(), false),
                other => (
                    other
                        .get("equals-ignore-case")
                        .and_then(Value::as_str)
                        .unwrap_or_default(),
                    true,
                ),
            };
            text.is_some_and(|t| {
                let (t, w) = if ignore_case {
                    (t.to_lowercase(), wanted.to_lowercase())
                } else {
                    (t.to_owned(), wanted.to_owned())
                };
                if name == "prefix" {
                    t.starts_with(&w)
                } else {
                    t.ends_with(&w)
                }
            })
        }
        "equals-ignore-case" => text
            .zip(argument.as_str())
            .is_some_and(|(t, a)| t.to_lowercase() == a.to_lowercase()),
        "wildcard" => text.zip(argument.as_str()).is_some_and(|(t, a)| wildcard(a, t)),
        "numeric" => actual.as_f64().is_some_and(|n| {
            numeric_conditions(argument).is_some_and(|conditions| {
                conditions.iter().all(|(op, bound)| match *op {
                    "<" => n < *bound,
                    "<=" => n <= *bound,
                    "=" => n == *bound,
                    ">" => n > *bound,
                    ">=" => n >= *bound,
                    _ => false,
                })
            })
        }),
        _ => false,
    }
}

/// `*` matches any run of characters (`\*` a star), as EventBridge's `wildcard`.
fn wildcard(pattern: &str, text: &str) -> bool {
    let mut parts: Vec<String> = vec![String::new()];
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    parts.last_mut().expect("a part").push(next);
                }
            }
            '*' => parts.push(String::new()),
            other => parts.last_mut().expect("a part").push(other),
        }
    }
    if parts.len() == 1 {
        return parts[0] == text;
    }
    let (first, rest) = parts.split_first().expect("parts");
    let (last, middle) = rest.split_last().expect("a last part");
    if !text.starts_with(first.as_str())
        || text.len() < first.len() + last.len()
        || !text.ends_with(last.as_str())
    {
        return false;
    }
    let mut remaining = &text[first.len()..text.len() - last.len()];
    for part in middle {
        match remaining.find(part.as_str()) {
            Some(at) => remaining = &remaining[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Text with `{path}` placeholders (`{{` and `}}` are braces): `RDS {detail.EventID} on
/// {detail.SourceIdentifier}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    raw: String,
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Path(Path),
}

impl Template {
    pub fn parse(raw: &str) -> Result<Self, String> {
        if raw.chars().count() > MAX_TEMPLATE_CHARS {
            return Err(format!("a template is at most {MAX_TEMPLATE_CHARS} characters"));
        }
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text.push('}');
                }
                '{' => {
                    let mut inner = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some('{') | None => {
                                return Err("a `{` without its `}` (write `{{` for a brace)".into());
                            }
                            Some(c) => inner.push(c),
                        }
                    }
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(Part::Path(Path::parse(inner.trim())?));
                }
                '}' => return Err("a `}` without its `{` (write `}}` for a brace)".into()),
                other => text.push(other),
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Self {
            raw: raw.to_owned(),
            parts,
        })
    }

    /// The template as written: what a fingerprint is made of.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The template with each placeholder replaced by the event's value: a string as it is, a
    /// number or boolean as JSON writes it, a list or object as compact JSON, `-` when absent
    /// or null.
    pub fn render(&self, event: &Value) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Path(path) => match path.lookup(event) {
                    None | Some(Value::Null) => out.push('-'),
                    Some(Value::String(s)) => out.push_str(s),
                    Some(other) => out.push_str(&other.to_string()),
                },
            }
        }
        out
    }
}

/// A path into the event: keys separated by `.`, a number indexing a list
/// (`detail.EventCategories.0`, `resources.0`, `detail-type`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path(Vec<String>);

impl Path {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let segments: Vec<&str> = raw.split('.').collect();
        let valid = !raw.is_empty()
            && segments.len() <= MAX_PATH_SEGMENTS
            && segments.iter().all(|s| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$' | '@' | ':'))
            });
        if valid {
            Ok(Self(segments.into_iter().map(str::to_owned).collect()))
        } else {
            Err(format!(
                "`{{{}}}` is not a path: keys of letters, digits, _ and - separated by dots, a number for a list item (e.g. {{detail.SourceArn}}, {{resources.0}})",
                crate::reason::printable(raw, 60)
            ))
        }
    }

    pub fn lookup<'a>(&self, event: &'a Value) -> Option<&'a Value> {
        self.0.iter().try_fold(event, |value, segment| match value {
            Value::Object(fields) => fields.get(segment),
            Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn example() -> CustomSources {
        let path = format!(
            "{}/fixtures/custom/custom-sources.json",
            env!("CARGO_MANIFEST_DIR")
        );
        CustomSources::parse_json(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn definition(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    const PATTERN: &str = r#"{"source": ["aws.rds"]}"#;

    /// A definition's keys and values, as written.
    type Pairs<'a> = Vec<(&'a str, &'a str)>;

    fn refused(pairs: &[(&str, &str)]) -> DefinitionError {
        CustomSource::parse("rds", &definition(pairs)).unwrap_err()
    }

    #[test]
    fn the_example_parses_in_name_order() {
        let sources = example();
        let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["rds-instance", "sfn-failed"]);
        let rds = &sources.0[0];
        assert_eq!(rds.severity, Some(Severity::High));
        assert!(rds.resolved_when.is_some());
        assert_eq!(sources.0[1].severity, None, "the policy's custom-event rule");
    }

    #[test]
    fn bad_definitions_are_refused_naming_the_key_never_the_value() {
        let title = ("title", "RDS {detail.SourceIdentifier}");
        let cases: Vec<(Pairs, &str, &str)> = vec![
            (
                vec![("pattern", "{\"source\": [\"aws.rds\""), title],
                "pattern",
                "not JSON",
            ),
            (
                vec![("pattern", "[1]"), title],
                "pattern",
                "non-empty JSON object",
            ),
            (
                vec![
                    ("pattern", r#"{"detail-type": ["RDS DB Instance Event"]}"#),
                    title,
                ],
                "pattern",
                "has no `source`",
            ),
            (
                vec![("pattern", r#"{"source": ["myapp.orders"]}"#), title],
                "pattern",
                "AWS service sources",
            ),
            (
                vec![("pattern", r#"{"source": [{"prefix": "aws."}]}"#), title],
                "pattern",
                "exact strings",
            ),
            (
                vec![
                    ("pattern", r#"{"source": ["aws.rds"], "detail": {"x": "y"}}"#),
                    title,
                ],
                "pattern",
                "detail.x: a value to match must be in a list",
            ),
            (
                vec![
                    (
                        "pattern",
                        r#"{"source": ["aws.rds"], "detail": {"x": [{"cidr": "10.0.0.0/8"}]}}"#,
                    ),
                    title,
                ],
                "pattern",
                "operator `cidr` is not supported",
            ),
            (
                vec![
                    ("pattern", r#"{"source": ["aws.rds"], "$or": [{"a": ["b"]}]}"#),
                    title,
                ],
                "pattern",
                "is not supported",
            ),
            (
                vec![
                    (
                        "pattern",
                        r#"{"source": ["aws.rds"], "detail": {"n": [{"numeric": [">", "x"]}]}}"#,
                    ),
                    title,
                ],
                "pattern",
                "wrong form",
            ),
            (vec![("pattern", PATTERN)], "title", "is required"),
            (
                vec![("pattern", PATTERN), ("title", "RDS {detail..x}")],
                "title",
                "is not a path",
            ),
            (
                vec![("pattern", PATTERN), ("title", "RDS {detail.x")],
                "title",
                "without its `}`",
            ),
            (
                vec![("pattern", PATTERN), ("title", "RDS detail.x}")],
                "title",
                "without its `{`",
            ),
            (
                vec![("pattern", PATTERN), ("title", "RDS {detail x}")],
                "title",
                "is not a path",
            ),
            (
                vec![("pattern", PATTERN), title, ("resource", "{}")],
                "resource",
                "is not a path",
            ),
            (
                vec![("pattern", PATTERN), title, ("severity", "urgent")],
                "severity",
                "one of info, low, medium, high, critical",
            ),
            (
                vec![
                    ("pattern", PATTERN),
                    title,
                    ("resolved_when", "{\"detail\": {\"EventID\": \"RDS-EVENT-0006\"}}"),
                ],
                "resolved_when",
                "must be in a list",
            ),
            (
                vec![("pattern", PATTERN), title, ("resolve_when", "{}")],
                "resolve_when",
                "unknown key",
            ),
        ];
        for (pairs, key, phrase) in cases {
            let error = refused(&pairs);
            assert_eq!(error.key, key, "{pairs:?}: {error}");
            assert!(error.reason.contains(phrase), "{pairs:?}: {error}");
            assert!(!error.to_string().contains('\n'));
        }
        let error =
            CustomSource::parse("RDS events", &definition(&[("pattern", PATTERN), title])).unwrap_err();
        assert_eq!(error.key, "name");
        assert!(error.reason.contains("a-z, 0-9 and -"), "{error}");
        assert!(CustomSources::parse_json("{\"rds\": {\"pattern\": 1}}").is_err());
    }

    #[test]
    fn severity_and_resource_are_optional() {
        let source = CustomSource::parse(
            "rds",
            &definition(&[("pattern", PATTERN), ("title", "x"), ("severity", " ")]),
        )
        .unwrap();
        assert_eq!(source.severity, None);
        assert_eq!(
            source.resource.render(&json!({"resources": ["arn:aws:rds:x"]})),
            "arn:aws:rds:x"
        );
        assert_eq!(source.resolved_when, None);
    }

    #[test]
    fn templates_render_strings_numbers_lists_and_absent_values() {
        let event = json!({
            "detail-type": "Step Functions Execution Status Change",
            "detail": {"name": "run-1", "startDate": 17, "ok": true, "tags": ["a", "b"], "none": null},
        });
        let template = Template::parse("{{{detail-type}}} {detail.name} {detail.startDate} {detail.ok} {detail.tags} {detail.tags.1} {detail.none} {detail.missing}").unwrap();
        assert_eq!(
            template.render(&event),
            "{Step Functions Execution Status Change} run-1 17 true [\"a\",\"b\"] b - -"
        );
        assert_eq!(
            Template::parse("plain text").unwrap().render(&event),
            "plain text"
        );
    }

    fn pattern(raw: Value) -> EventPattern {
        EventPattern::parse(&raw.to_string()).unwrap()
    }

    #[test]
    fn patterns_match_as_eventbridge_does() {
        let event = json!({
            "source": "aws.rds",
            "detail-type": "RDS DB Instance Event",
            "detail": {"EventCategories": ["failure", "notification"], "EventID": "RDS-EVENT-0031", "Size": 42, "Name": "Orders-DB"},
        });
        let yes = [
            json!({"source": ["aws.rds"]}),
            json!({"source": ["aws.states", "aws.rds"], "detail": {"EventCategories": ["failure"]}}),
            json!({"detail": {"EventID": [{"prefix": "RDS-EVENT-00"}]}}),
            json!({"detail": {"EventID": [{"suffix": "0031"}]}}),
            json!({"detail": {"Name": [{"equals-ignore-case": "orders-db"}]}}),
            json!({"detail": {"Name": [{"prefix": {"equals-ignore-case": "orders"}}]}}),
            json!({"detail": {"Name": [{"wildcard": "*-D*"}]}}),
            json!({"detail": {"EventID": [{"anything-but": ["RDS-EVENT-0006"]}]}}),
            json!({"detail": {"EventID": [{"anything-but": {"prefix": "X"}}]}}),
            json!({"detail": {"Missing": [{"exists": false}], "EventID": [{"exists": true}]}}),
            json!({"detail": {"Size": [{"numeric": [">", 40, "<=", 42]}]}}),
            json!({"detail": {"Size": [42]}}),
        ];
        for p in yes {
            assert!(pattern(p.clone()).matches(&event), "{p}");
        }
        let no = [
            json!({"source": ["aws.states"]}),
            json!({"detail": {"EventCategories": ["backup"]}}),
            json!({"detail": {"EventID": [{"prefix": "rds"}]}}),
            json!({"detail": {"EventCategories": [{"anything-but": "notification"}]}}),
            json!({"detail": {"EventID": [{"exists": false}]}}),
            json!({"detail": {"Missing": ["x"]}}),
            json!({"detail": {"Size": [{"numeric": [">", 42]}]}}),
            json!({"detail": {"Name": [{"wildcard": "Orders"}]}}),
            json!({"detail": {"EventID": {"nested": ["x"]}}}),
        ];
        for p in no {
            assert!(!pattern(p.clone()).matches(&event), "{p}");
        }
    }

    #[test]
    fn the_example_patterns_pick_their_events() {
        let sources = example();
        let fixture = |name: &str| -> Value {
            let path = format!("{}/fixtures/custom/{name}.json", env!("CARGO_MANIFEST_DIR"));
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
        };
        let name = |event: &str| sources.matching(&fixture(event)).map(|s| s.name.clone());
        assert_eq!(name("rds-instance-failure").as_deref(), Some("rds-instance"));
        assert_eq!(name("rds-instance-restarted").as_deref(), Some("rds-instance"));
        assert_eq!(name("rds-instance-backup"), None);
        assert_eq!(name("sfn-execution-failed").as_deref(), Some("sfn-failed"));
        assert_eq!(name("sfn-execution-succeeded").as_deref(), Some("sfn-failed"));
    }
}
