//! Redaction of secrets and personal data: applied by the agent to everything that leaves the
//! account (samples, templates, heartbeat errors) and to everything it logs.
//!
//! Each finding is replaced by a typed placeholder (`<aws-access-key-id>`, `<jwt>`, ...) so the
//! text stays readable and the fingerprint stable. Patterns err on the side of redacting: a
//! `key=value` whose key merely *looks* secret (`max_tokens=5`) loses its value.

use std::borrow::Cow;

use regex::{Captures, Regex};

/// Why a configured redaction pattern was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("redaction pattern {index} ({pattern:?}) is not a valid regular expression: {reason}")]
pub struct BadPattern {
    pub index: usize,
    pub pattern: String,
    pub reason: String,
}

/// Secret-looking keys in `key=value`, `key: value`, JSON and URL query strings.
const SECRET_KEY: &str = r"(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credentials?|signature|session[_-]?id|cookie)";

/// The built-in patterns and the replacement of each, in the order they apply.
fn builtin() -> Vec<Rule> {
    let rule = |pattern: &str, kind: Kind| Rule {
        regex: Regex::new(pattern).unwrap_or_else(|e| panic!("built-in pattern {pattern:?}: {e}")),
        kind,
    };
    vec![
        rule(
            r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)",
            Kind::Fixed("<private-key>"),
        ),
        rule(
            r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*",
            Kind::Fixed("<jwt>"),
        ),
        // user:password@ in any URL.
        rule(
            r"\b([a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@",
            Kind::Keep1("<credentials>@"),
        ),
        rule(
            r"(?i)\b(authorization\x22?\s*[:=]\s*\x22?)(?:(?:bearer|basic|token|digest|aws4-hmac-sha256)\s+)?[^\s\x22,;]+",
            Kind::Keep1("<redacted>"),
        ),
        rule(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}", Kind::Keep1("<token>")),
        rule(
            r"(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{16}",
            Kind::Fixed("<aws-access-key-id>"),
        ),
        // JSON: "db_password": "hunter2" (string or bare value).
        rule(
            &format!(r#"(?i)("[\w.-]*{SECRET_KEY}[\w.-]*"\s*:\s*)("(?:[^"\\]|\\.)*"|[^\s,}}\]]+)"#),
            Kind::Value,
        ),
        // key=value, key: value, ?key=value&..., X-Api-Key: value
        rule(
            &format!(
                r#"(?i)(\b[\w.-]*{SECRET_KEY}[\w.-]*['"]?\s*(?:=|:\s)\s*)("[^"]*"|'[^']*'|[^\s,;&"'}}\])]+)"#
            ),
            Kind::Value,
        ),
        rule(
            r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
            Kind::Fixed("<email>"),
        ),
        rule(
            r"(?:^|[^A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?:$|[^A-Za-z0-9/+=])",
            Kind::AwsSecret,
        ),
        rule(r"\b\d(?:[ -]?\d){12,18}\b", Kind::Card),
    ]
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    /// Replace the whole match.
    Fixed(&'static str),
    /// Keep capture 1 (the key, scheme...), replace the rest.
    Keep1(&'static str),
    /// Keep capture 1 (the key), replace the value in capture 2 but keep its quotes.
    Value,
    /// A 40-character base64 word that mixes cases and digits: an AWS secret access key.
    AwsSecret,
    /// 13 to 19 digits that pass the Luhn check.
    Card,
}

#[derive(Debug, Clone)]
struct Rule {
    regex: Regex,
    kind: Kind,
}

impl Rule {
    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.kind {
            Kind::Fixed(with) => self.regex.replace_all(text, with),
            Kind::Keep1(with) => self
                .regex
                .replace_all(text, |c: &Captures<'_>| format!("{}{with}", &c[1])),
            Kind::Value => self.regex.replace_all(text, |c: &Captures<'_>| {
                let value = &c[2];
                match value.chars().next().filter(|q| *q == '"' || *q == '\'') {
                    Some(quote) if value.len() >= 2 && value.ends_with(quote) => {
                        format!("{}{quote}<redacted>{quote}", &c[1])
                    }
                    _ => format!("{}<redacted>", &c[1]),
                }
            }),
            Kind::AwsSecret => self.regex.replace_all(text, |c: &Captures<'_>| {
                let whole = &c[0];
                let secret = &c[1];
                if looks_like_aws_secret(secret) {
                    whole.replacen(secret, "<aws-secret>", 1)
                } else {
                    whole.to_owned()
                }
            }),
            Kind::Card => self.regex.replace_all(text, |c: &Captures<'_>| {
                if luhn_valid(&c[0]) {
                    "<card>".to_owned()
                } else {
                    c[0].to_owned()
                }
            }),
        }
    }
}

fn looks_like_aws_secret(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_uppercase())
        && word.bytes().any(|b| b.is_ascii_lowercase())
        && word.bytes().any(|b| b.is_ascii_digit() || b == b'/' || b == b'+')
}

fn luhn_valid(candidate: &str) -> bool {
    let digits: Vec<u32> = candidate.chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    (13..=19).contains(&digits.len()) && sum.is_multiple_of(10)
}

/// The built-in rules plus the configured patterns (each match becomes `<redacted>`).
#[derive(Debug, Clone)]
pub struct Redactor {
    rules: Vec<Rule>,
}

impl Redactor {
    pub fn new(extra_patterns: &[String]) -> Result<Self, BadPattern> {
        let mut rules = builtin();
        for (index, pattern) in extra_patterns.iter().enumerate() {
            let regex = Regex::new(pattern).map_err(|e| BadPattern {
                index,
                pattern: pattern.clone(),
                reason: e.to_string(),
            })?;
            rules.push(Rule {
                regex,
                kind: Kind::Fixed("<redacted>"),
            });
        }
        Ok(Self { rules })
    }

    /// `text` with every secret replaced.
    pub fn redact(&self, text: &str) -> String {
        // Text is copied only when a rule replaces something: most lines hold no secret.
        // (A RegexSet asking once whether any rule matches was 2.4x faster, but its lazy DFA
        // cache, about 2 MB for each thread using it, took the agent over its 32 MB budget.)
        let mut current = Cow::Borrowed(text);
        for rule in &self.rules {
            // Adjacent findings share a boundary character: run a rule until it finds nothing new.
            loop {
                let next = match rule.apply(&current) {
                    // Nothing matched.
                    Cow::Borrowed(_) => break,
                    Cow::Owned(next) => next,
                };
                // A match may be kept as is (a word that is no AWS secret, a card number that
                // fails the Luhn check).
                if next == *current {
                    break;
                }
                current = Cow::Owned(next);
            }
        }
        current.into_owned()
    }
}

impl Default for Redactor {
    fn default() -> Self {
        Self { rules: builtin() }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    static DEFAULT: std::sync::LazyLock<Redactor> = std::sync::LazyLock::new(Redactor::default);

    fn redact(text: &str) -> String {
        DEFAULT.redact(text)
    }

    #[test]
    fn each_kind_of_secret_is_replaced() {
        let cases = [
            ("key AKIAIOSFODNN7EXAMPLE used", "key <aws-access-key-id> used"),
            (
                "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "aws_secret_access_key=<redacted>",
            ),
            (
                "secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY leaked",
                "secret <aws-secret> leaked",
            ),
            (
                "Authorization: Bearer abcdef123456789",
                "Authorization: <redacted>",
            ),
            (
                "sent bearer abcdef1234567890xyz to api",
                "sent bearer <token> to api",
            ),
            (
                "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U ok",
                "jwt <jwt> ok",
            ),
            (
                "connect password=hunter2 failed",
                "connect password=<redacted> failed",
            ),
            (
                r#"{"db_password": "hunter2", "user": "bob"}"#,
                r#"{"db_password": "<redacted>", "user": "bob"}"#,
            ),
            (
                "GET /cb?code=1&access_token=abc123&x=1",
                "GET /cb?code=1&access_token=<redacted>&x=1",
            ),
            (
                "postgres://admin:s3cr3t@db:5432/x down",
                "postgres://<credentials>@db:5432/x down",
            ),
            (
                "mail to jane.doe+x@example.co.uk bounced",
                "mail to <email> bounced",
            ),
            ("card 4111 1111 1111 1111 declined", "card <card> declined"),
            ("card 4111-1111-1111-1111 declined", "card <card> declined"),
        ];
        for (input, expected) in cases {
            assert_eq!(redact(input), expected, "{input}");
        }
    }

    #[test]
    fn ordinary_error_text_stays_readable() {
        for text in [
            "ERROR Timeout after 30000 ms calling orders-service (attempt 3 of 5)",
            "java.lang.NullPointerException at com.acme.Orders.place(Orders.java:42)",
            "Task failed: exit code 137, container killed",
            "block 1234567890123 not found",
        ] {
            assert_eq!(redact(text), text);
        }
    }

    #[test]
    fn configured_patterns_apply_and_bad_ones_are_named() {
        let redactor = Redactor::new(&["cust-[0-9]{6}".into()]).unwrap();
        assert_eq!(
            redactor.redact("customer cust-123456 failed"),
            "customer <redacted> failed"
        );
        let error = Redactor::new(&["ok".into(), "(".into()]).unwrap_err();
        assert_eq!(error.index, 1);
    }

    proptest! {
        #[test]
        fn planted_access_keys_never_survive(prefix in "[ a-z:=]{0,10}", key in "AKIA[A-Z0-9]{16}", suffix in "[ a-z.]{0,10}") {
            let out = redact(&format!("{prefix}{key}{suffix}"));
            prop_assert!(!out.contains(&key));
        }

        #[test]
        fn redacting_twice_changes_nothing(text in "\\PC{0,120}") {
            let once = redact(&text);
            prop_assert_eq!(redact(&once), once.clone());
        }
    }
}
