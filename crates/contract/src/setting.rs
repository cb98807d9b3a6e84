//! A setting a user chooses in Terraform and a runtime reads from its environment.
//!
//! A setting's environment name is its upgrade contract: a deployed function keeps the variables
//! an older provider wrote, so a name here changes only with a release that reads both.

/// A setting that cannot be used; a runtime refuses to start with it.
///
/// The reason never repeats the value: an environment variable may hold anything, a secret
/// included, and this error is logged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid configuration {env}: {reason}")]
pub struct SettingError {
    pub env: &'static str,
    pub reason: String,
}

/// A whole number with a default and an inclusive range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The Terraform attribute, as a path from the resource (`notification_policy.grouping_window_seconds`).
    /// Empty when the provider derives the value and the user does not choose it.
    pub attribute: &'static str,
    /// The environment variable the runtime reads. None when the value travels inside another
    /// setting (a JSON policy) or configures the deployment only (a function's memory).
    pub env: Option<&'static str>,
    pub default: i64,
    pub min: i64,
    pub max: i64,
    /// Plural, as it reads after a number: `seconds`, `MB`, `log groups`.
    pub unit: &'static str,
    /// One sentence on what it does; the range and default are added from the fields.
    pub doc: &'static str,
}

impl Number {
    /// The variable of a setting that has one; used in a `const`, a setting without one fails
    /// the build.
    pub const fn variable(&self) -> &'static str {
        match self.env {
            Some(env) => env,
            None => panic!("this setting has no environment variable"),
        }
    }

    /// Why `value` is out of range, in words for a diagnostic; the limit's reason is in the doc.
    pub fn check(&self, value: i64) -> Result<(), String> {
        if (self.min..=self.max).contains(&value) {
            Ok(())
        } else {
            Err(format!("must be {}, got {value}", self.range()))
        }
    }

    /// `1 to 50 log groups`.
    pub fn range(&self) -> String {
        format!("{} to {} {}", self.min, self.max, self.unit)
    }

    /// The Terraform attribute's description and the docs' line: what, range, default, variable.
    pub fn description(&self) -> String {
        let env = self.env.map(|e| format!(" ({e})")).unwrap_or_default();
        format!(
            "{} {}, default {}{env}.",
            self.doc,
            capitalised(&self.range()),
            self.default
        )
    }

    /// The value in the environment `lookup` reads, the default when unset or blank.
    pub fn read(&self, lookup: impl Fn(&str) -> Option<String>) -> Result<i64, SettingError> {
        let Some(env) = self.env else {
            return Ok(self.default);
        };
        let Some(raw) = lookup(env).filter(|v| !v.trim().is_empty()) else {
            return Ok(self.default);
        };
        let value: i64 = raw.trim().parse().map_err(|_| SettingError {
            env,
            reason: format!("must be a whole number of {}", self.unit),
        })?;
        self.check(value).map_err(|reason| SettingError { env, reason })?;
        Ok(value)
    }

    /// [`Self::read`] for a setting that is never negative.
    pub fn read_unsigned(&self, lookup: impl Fn(&str) -> Option<String>) -> Result<u64, SettingError> {
        debug_assert!(self.min >= 0, "{} may be negative", self.attribute);
        self.read(lookup).map(|v| v.unsigned_abs())
    }
}

/// A string setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// The Terraform attribute; empty when the provider derives the value.
    pub attribute: &'static str,
    pub env: &'static str,
    pub doc: &'static str,
}

impl Text {
    /// The value, None when unset or blank.
    pub fn read(&self, lookup: impl Fn(&str) -> Option<String>) -> Option<String> {
        lookup(self.env).filter(|v| !v.trim().is_empty())
    }

    /// The value of a setting the runtime cannot start without.
    pub fn require(&self, lookup: impl Fn(&str) -> Option<String>) -> Result<String, SettingError> {
        self.read(lookup).ok_or(SettingError {
            env: self.env,
            reason: "is required".into(),
        })
    }
}

/// A list of strings carried in one variable, joined by a separator no item can contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct List {
    pub attribute: &'static str,
    pub env: &'static str,
    pub separator: char,
    pub doc: &'static str,
}

impl List {
    /// The variable's value, None for an empty list (the variable is then not set).
    pub fn encode(&self, items: &[String]) -> Option<String> {
        (!items.is_empty()).then(|| items.join(&self.separator.to_string()))
    }

    /// The items, trimmed, without empty ones.
    pub fn decode(&self, raw: &str) -> Vec<String> {
        raw.split(self.separator)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub fn read(&self, lookup: impl Fn(&str) -> Option<String>) -> Vec<String> {
        lookup(self.env).map(|raw| self.decode(&raw)).unwrap_or_default()
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The settings table of a docs page: one row per number, then per text and list setting.
pub fn markdown_table(numbers: &[Number], texts: &[Text], lists: &[List]) -> String {
    let mut table = String::from(
        "| Terraform attribute | environment variable | default | range | what it does |\n\
         | --- | --- | --- | --- | --- |\n",
    );
    let cell = |s: &str| {
        if s.is_empty() {
            "-".to_owned()
        } else {
            format!("`{s}`")
        }
    };
    for n in numbers {
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(n.attribute),
            cell(n.env.unwrap_or_default()),
            n.default,
            n.range(),
            n.doc
        ));
    }
    for t in texts {
        table.push_str(&format!(
            "| {} | {} | | | {} |\n",
            cell(t.attribute),
            cell(t.env),
            t.doc
        ));
    }
    for l in lists {
        let separator = match l.separator {
            '\n' => "One per line.".to_owned(),
            other => format!("Separated by `{other}`."),
        };
        table.push_str(&format!(
            "| {} | {} | | | {} {separator} |\n",
            cell(l.attribute),
            cell(l.env),
            l.doc
        ));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHUNK: Number = Number {
        attribute: "chunk_size",
        env: Some("CHUNK"),
        default: 10,
        min: 1,
        max: 50,
        unit: "log groups",
        doc: "Log groups per query.",
    };

    #[test]
    fn a_number_is_its_default_when_unset_and_refused_out_of_range_without_echoing_it() {
        assert_eq!(CHUNK.read(|_| None), Ok(10));
        assert_eq!(CHUNK.read(|_| Some(" ".into())), Ok(10));
        assert_eq!(CHUNK.read(|_| Some("50".into())), Ok(50));
        let error = CHUNK.read(|_| Some("51".into())).unwrap_err();
        assert_eq!(error.env, "CHUNK");
        assert_eq!(error.reason, "must be 1 to 50 log groups, got 51");
        let error = CHUNK.read(|_| Some("password=hunter2".into())).unwrap_err();
        assert!(!error.to_string().contains("hunter2"), "{error}");
        assert_eq!(
            CHUNK.description(),
            "Log groups per query. 1 to 50 log groups, default 10 (CHUNK)."
        );
    }

    #[test]
    fn a_list_round_trips_through_its_variable() {
        let list = List {
            attribute: "names",
            env: "NAMES",
            separator: ',',
            doc: "",
        };
        let items = vec!["a".to_owned(), "b".to_owned()];
        let encoded = list.encode(&items).unwrap();
        assert_eq!(encoded, "a,b");
        assert_eq!(list.decode(&encoded), items);
        assert_eq!(list.encode(&[]), None);
        assert_eq!(list.read(|_| Some(" a , ,b".into())), items);
    }
}
