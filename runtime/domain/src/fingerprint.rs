//! Message fingerprints: the same problem logged twice with different numbers, ids, addresses
//! or times gets the same fingerprint.
//!
//! A message is normalised into a *template* in which every variable part is `<*>` (the Loghub
//! convention), and the fingerprint is a hash of the template. Variables are recognised by
//! shape, not by a list of formats: any word containing a digit (numbers, hex, uuids, IPs,
//! timestamps, request ids such as `req-7f3a`), single-word quoted values, and the placeholders
//! redaction leaves (`<email>`, ...), so redacting a message never changes how it groups. Runs of
//! variables separated only by punctuation (`10.0.0.1:50010`, `2026-11-24 09:00:01,123`)
//! collapse into one `<*>`, so a list or a date written in another shape still groups.
//!
//! Grouping accuracy on the Loghub-2k samples is measured by
//! `runtime/agent/tests/loghub_accuracy.rs` and reported in `docs/agent.md`.

use crate::ids::Fingerprint;

/// The placeholder that replaces a variable part of a message.
pub const VARIABLE: &str = "<*>";
/// Only this much of a message is normalised: a stack trace's tail does not make a new problem.
pub const MAX_TEMPLATE_CHARS: usize = 1_000;

/// A message's template and fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub template: String,
    pub fingerprint: Fingerprint,
}

/// Normalise `message` and fingerprint the result.
pub fn normalize(message: &str) -> Normalized {
    let template = template(message);
    let fingerprint = Fingerprint::of(&[&template]);
    Normalized {
        template,
        fingerprint,
    }
}

/// The message with every variable part replaced by [`VARIABLE`].
pub fn template(message: &str) -> String {
    let mut head: String = message.trim().chars().take(MAX_TEMPLATE_CHARS).collect();
    if head.len() < message.trim().len() {
        // Cut at a word boundary: half a word (or half a placeholder) would look constant.
        if let Some(space) = head.rfind(char::is_whitespace) {
            head.truncate(space);
        }
    }
    let mut current = one_pass(&head);
    // Replacing a variable can turn its surroundings into a quoted word or a collapsible list;
    // a template must be its own template, so repeat until nothing changes (real messages
    // settle in one or two passes).
    for _ in 0..4 {
        let next = one_pass(&current);
        if next == current {
            break;
        }
        current = next;
    }
    current
}

fn one_pass(head: &str) -> String {
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    let mut rest = head;
    let mut after_space = true;
    while let Some(first) = rest.chars().next() {
        if let Some(len) = quoted_word_len(rest) {
            pieces.push(Piece::Quoted(&rest[..1]));
            rest = &rest[len..];
        } else if let Some(len) = path_len(rest).filter(|_| after_space) {
            pieces.push(Piece::Variable);
            rest = &rest[len..];
        } else if is_delimiter(first) {
            // A quote ends the run (it may open a quoted word), and so does a `/` after a space
            // (it may start a path).
            let mut previous = first;
            let len = rest
                .char_indices()
                .skip(1)
                .find(|&(_, c)| {
                    let ends = !is_delimiter(c)
                        || is_quote(c)
                        || (c == '/' && (previous.is_whitespace() || previous == '='));
                    previous = c;
                    ends
                })
                .map_or(rest.len(), |(i, _)| i);
            pieces.push(Piece::Delimiters(&rest[..len]));
            rest = &rest[len..];
        } else {
            let len = rest.find(is_delimiter).unwrap_or(rest.len());
            let word = &rest[..len];
            pieces.push(if is_variable_word(word) {
                Piece::Variable
            } else {
                Piece::Word(word)
            });
            rest = &rest[len..];
        }
        after_space = matches!(pieces.last(), Some(Piece::Delimiters(d)) if d.ends_with(|c: char| c.is_whitespace() || c == '='));
    }
    render(&pieces)
}

#[derive(Debug, Clone, Copy)]
enum Piece<'a> {
    Word(&'a str),
    Delimiters(&'a str),
    Variable,
    /// A quoted single-word value: the quotes stay, the value is a variable.
    Quoted(&'a str),
}

fn render(pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    let mut index = 0;
    while index < pieces.len() {
        match pieces[index] {
            Piece::Word(word) => out.push_str(word),
            Piece::Delimiters(text) => out.push_str(&collapse_whitespace(text)),
            Piece::Quoted(quote) => {
                out.push_str(quote);
                out.push_str(VARIABLE);
                out.push_str(quote);
            }
            Piece::Variable => {
                out.push_str(VARIABLE);
                // Swallow `<punct><variable>` continuations: `1.2.3.4:80`, `a, b, c` lists.
                while let (Some(Piece::Delimiters(between)), Some(Piece::Variable)) =
                    (pieces.get(index + 1), pieces.get(index + 2))
                {
                    if !between.chars().all(is_joiner) {
                        break;
                    }
                    index += 2;
                }
            }
        }
        index += 1;
    }
    out
}

/// Characters that may sit between the parts of one variable value (or a list of values).
fn is_joiner(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | ',' | '/' | '.' | '-' | '_' | '=' | '(' | ')' | '[' | ']')
}

fn is_delimiter(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';'
                | ':'
                | '='
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '"'
                | '\''
                | '/'
                | '|'
                | '\\'
                | '@'
                | '#'
        )
}

fn is_quote(c: char) -> bool {
    c == '"' || c == '\''
}

fn collapse_whitespace(text: &str) -> String {
    if text.chars().any(char::is_whitespace) {
        let mut out = String::new();
        let mut in_space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                if !in_space {
                    out.push(' ');
                }
                in_space = true;
            } else {
                out.push(c);
                in_space = false;
            }
        }
        out
    } else {
        text.to_owned()
    }
}

/// A word is a variable when it carries a digit (numbers, hex, ids, addresses, times) or a
/// placeholder (`blk_<*>`, `<email>`).
fn is_variable_word(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit()) || is_long_hex(word) || has_placeholder(word)
}

fn has_placeholder(word: &str) -> bool {
    word.find('<').is_some_and(|open| word[open..].contains('>'))
}

/// A file path or URL path (`/var/log/app/x.log`): at least two `/`, up to whitespace or a
/// quote. Paths name resources, which vary; the message around them is the template.
fn path_len(text: &str) -> Option<usize> {
    if !text.starts_with('/') {
        return None;
    }
    let len = text
        .find(|c: char| c.is_whitespace() || is_quote(c))
        .unwrap_or(text.len());
    let path = text[..len].trim_end_matches(['.', ',', ':', ';', ')', ']']);
    (path.len() > 1 && path[1..].contains('/')).then_some(path.len())
}

/// Hex ids without digits are rare but exist (`deadbeefcafe`).
fn is_long_hex(word: &str) -> bool {
    word.len() >= 12 && word.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `'value'` or `"value"` without whitespace inside: a quoted identifier, path or value.
fn quoted_word_len(text: &str) -> Option<usize> {
    let quote = text.chars().next().filter(|c| is_quote(*c))?;
    let inner = &text[1..];
    let close = inner.find(|c: char| c == quote || c.is_whitespace())?;
    let closed = inner[close..].starts_with(quote);
    (closed && close > 0 && close <= 128).then_some(close + 2)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn variables_become_placeholders() {
        assert_eq!(
            template(
                "Timeout after 30000 ms calling 10.0.3.7:8443 for order 9f1c2e4a-0b7d-4e55-9c1b-5d2f3a4b6c7d"
            ),
            "Timeout after <*> ms calling <*> for order <*>"
        );
        assert_eq!(
            template("2026-11-24T09:00:01.123Z a1b2c3d4-0000-4000-8000-123456789abc ERROR boom"),
            "<*> ERROR boom"
        );
        assert_eq!(template("table 'orders' not found"), "table '<*>' not found");
        assert_eq!(
            template("bad pointer 0xdeadbeef in deadbeefcafebabe"),
            "bad pointer <*> in <*>"
        );
        assert_eq!(template("login failed for <email>"), "login failed for <*>");
        assert_eq!(
            template("Can't find child 1234 in scoreboard"),
            "Can't find child <*> in scoreboard"
        );
    }

    #[test]
    fn the_same_problem_gets_the_same_fingerprint() {
        let a = normalize("ERROR payment declined for order 1234 (request req-7f3a91)");
        let b = normalize("ERROR  payment declined for order 98 (request req-0000aa)");
        let c = normalize("ERROR payment accepted for order 98 (request req-0000aa)");
        assert_eq!(a.fingerprint, b.fingerprint);
        assert_ne!(a.fingerprint, c.fingerprint);
        assert_eq!(a.template, "ERROR payment declined for order <*> (request <*>)");
    }

    #[test]
    fn lists_of_addresses_collapse() {
        assert_eq!(
            template("replicate blk_1 to datanode(s) 10.0.0.1:50010 10.0.0.2:50010"),
            template("replicate blk_2 to datanode(s) 10.0.0.9:50010")
        );
    }

    proptest! {
        #[test]
        fn normalising_is_idempotent_and_never_panics(message in "[ -~]{0,200}") {
            let once = template(&message);
            prop_assert_eq!(template(&once), once.clone());
        }

        #[test]
        fn numbers_never_change_the_fingerprint(a in 0u64..u64::MAX, b in 0u64..u64::MAX) {
            prop_assert_eq!(
                normalize(&format!("worker {a} crashed with code {b}")).fingerprint,
                normalize(&format!("worker {b} crashed with code {a}")).fingerprint
            );
        }
    }
}
