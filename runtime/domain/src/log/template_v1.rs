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
//! Version 1 of the agent's fingerprints, kept while agents send the previous version's
//! fingerprint beside the current one (see `FINGERPRINT_VERSION`) and as the baseline of
//! `awsmon-quality`.

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
    let trimmed = message.trim();
    let mut head = trimmed;
    // Characters are counted only above the limit in bytes: below, they are fewer.
    if trimmed.len() > MAX_TEMPLATE_CHARS
        && let Some((end, _)) = trimmed.char_indices().nth(MAX_TEMPLATE_CHARS)
    {
        head = &trimmed[..end];
        // Cut at a word boundary: half a word (or half a placeholder) would look constant.
        if let Some(space) = head.rfind(char::is_whitespace) {
            head = &head[..space];
        }
    }
    let mut current = String::with_capacity(head.len());
    one_pass(head, &mut current);
    // Replacing a variable can turn its surroundings into a quoted word or a collapsible list;
    // a template must be its own template, so repeat until nothing changes (real messages
    // settle in one or two passes).
    let mut next = String::with_capacity(current.len());
    for _ in 0..4 {
        next.clear();
        one_pass(&current, &mut next);
        if next == current {
            break;
        }
        std::mem::swap(&mut current, &mut next);
    }
    current
}

/// Appends the template of `head` to `out`.
fn one_pass(head: &str, out: &mut String) {
    let mut render = Render {
        out,
        after_variable: false,
        joiners: None,
    };
    let mut rest = head;
    let mut after_space = true;
    while let Some(first) = rest.chars().next() {
        // Words, the commonest piece, first: quoted words and paths start with a delimiter.
        let (piece, len) = if !is_delimiter(first) {
            let len = word_len(rest);
            let word = &rest[..len];
            let piece = if is_variable_word(word) {
                Piece::Variable
            } else {
                Piece::Word(word)
            };
            (piece, len)
        } else if let Some(len) = quoted_word_len(rest) {
            (Piece::Quoted(&rest[..1]), len)
        } else if let Some(len) = path_len(rest).filter(|_| after_space) {
            (Piece::Variable, len)
        } else {
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
            (Piece::Delimiters(&rest[..len]), len)
        };
        after_space =
            matches!(piece, Piece::Delimiters(d) if d.ends_with(|c: char| c.is_whitespace() || c == '='));
        render.push(piece);
        rest = &rest[len..];
    }
    render.finish();
}

#[derive(Debug, Clone, Copy)]
enum Piece<'a> {
    Word(&'a str),
    Delimiters(&'a str),
    Variable,
    /// A quoted single-word value: the quotes stay, the value is a variable.
    Quoted(&'a str),
}

/// Writes pieces as they are parsed, without collecting them first.
#[derive(Debug)]
struct Render<'o, 'a> {
    out: &'o mut String,
    /// The last piece written (or swallowed) was a [`Piece::Variable`].
    after_variable: bool,
    /// Joiners after a variable, held back until the next piece shows whether they sit inside
    /// one variable value (`1.2.3.4:80`, `a, b, c` lists: swallowed) or not (written).
    joiners: Option<&'a str>,
}

impl<'a> Render<'_, 'a> {
    fn push(&mut self, piece: Piece<'a>) {
        match piece {
            // `<variable><joiners><variable>` is one variable.
            Piece::Variable if self.joiners.is_some() => self.joiners = None,
            Piece::Delimiters(text)
                if self.after_variable && self.joiners.is_none() && text.chars().all(is_joiner) =>
            {
                self.joiners = Some(text);
            }
            _ => {
                self.finish();
                match piece {
                    Piece::Word(word) => self.out.push_str(word),
                    Piece::Delimiters(text) => push_collapsed(self.out, text),
                    Piece::Quoted(quote) => {
                        self.out.push_str(quote);
                        self.out.push_str(VARIABLE);
                        self.out.push_str(quote);
                    }
                    Piece::Variable => self.out.push_str(VARIABLE),
                }
                self.after_variable = matches!(piece, Piece::Variable);
            }
        }
    }

    /// Writes the joiners held back, if any.
    fn finish(&mut self) {
        if let Some(text) = self.joiners.take() {
            push_collapsed(self.out, text);
            self.after_variable = false;
        }
    }
}

/// Characters that may sit between the parts of one variable value (or a list of values).
fn is_joiner(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | ',' | '/' | '.' | '-' | '_' | '=' | '(' | ')' | '[' | ']')
}

fn is_delimiter(c: char) -> bool {
    if c.is_ascii() {
        ASCII_DELIMITERS[usize::from(c as u8)]
    } else {
        c.is_whitespace()
    }
}

/// The ASCII delimiters (whitespace included) as a table: `is_delimiter` runs for nearly every
/// character of a message, and a lookup beats comparing with each delimiter in turn.
const ASCII_DELIMITERS: [bool; 128] = {
    let mut table = [false; 128];
    let delimiters = b" \t\n\x0b\x0c\r,;:=()[]{}\"'/|\\@#";
    let mut i = 0;
    while i < delimiters.len() {
        table[delimiters[i] as usize] = true;
        i += 1;
    }
    table
};

fn is_quote(c: char) -> bool {
    c == '"' || c == '\''
}

/// Appends `text` with each run of whitespace as one space.
fn push_collapsed(out: &mut String, text: &str) {
    let mut in_space = false;
    for c in text.chars() {
        let space = c.is_whitespace();
        if !(space && in_space) {
            out.push(if space { ' ' } else { c });
        }
        in_space = space;
    }
}

/// Bytes up to the first delimiter in `text`: `text.find(is_delimiter)` without decoding ASCII.
fn word_len(text: &str) -> usize {
    text.bytes()
        .enumerate()
        .find(|&(i, b)| {
            if b.is_ascii() {
                is_delimiter(char::from(b))
            } else {
                // Outside ASCII only whitespace delimits.
                text.is_char_boundary(i) && text[i..].starts_with(char::is_whitespace)
            }
        })
        .map_or(text.len(), |(i, _)| i)
}

/// A word is a variable when it carries a digit (numbers, hex, ids, addresses, times) or a
/// placeholder (`blk_<*>`, `<email>`).
fn is_variable_word(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit()) || is_long_hex(word) || has_placeholder(word)
}

fn has_placeholder(word: &str) -> bool {
    // Words are short: a plain loop beats `memchr`'s set-up.
    let mut bytes = word.bytes();
    bytes.any(|b| b == b'<') && bytes.any(|b| b == b'>')
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
