//! Values written into secret columns by SQL statements that ORMs and drivers log at debug
//! level: `INSERT INTO t ("name", "password") VALUES ('svc', 'x')`, or with placeholders and
//! the bound values beside the statement, as GORM, Ecto, Prisma, Django, knex and others print
//! them (`VALUES ($1,$2) ["svc","x"]`, `params=[…]`, `args=(…)`, `bindings: [ … ], sql: '…'`).
//! A column is secret when its name is a secret key (`password`, `imapPassword`, `secret`).

use super::{Finding, keys};

/// The trigger word (ASCII case aside).
pub const TRIGGER: &str = "insert into";

/// How far around a statement its bound values are looked for.
const WINDOW: usize = 2048;

/// The secret values of the `INSERT` statements starting at `hits`.
pub(super) fn find(text: &str, hits: &[usize], out: &mut Vec<Finding>) {
    for &at in hits {
        let end = floor_boundary(text, at + WINDOW);
        let statement = &text[at..end];
        let Some((columns, values, values_end)) = insert_lists(statement) else {
            continue;
        };
        let secret_columns: Vec<usize> = columns
            .iter()
            .enumerate()
            .filter(|(_, (s, e))| keys::holds_a_secret(column_name(&statement[*s..*e])))
            .map(|(i, _)| i)
            .collect();
        if secret_columns.is_empty() {
            continue;
        }
        let mut bound: Option<Vec<(usize, usize)>> = None;
        let mut next_placeholder = 0;
        for (index, &(s, e)) in values.iter().enumerate() {
            let value = &statement[s..e];
            let placeholder = placeholder_index(value, &mut next_placeholder);
            if !secret_columns.contains(&index) {
                continue;
            }
            let (start, end) = match placeholder {
                // A literal, also where the statement's arguments repeat it (Django's
                // `args=(…)`): the same position of a list of as many values.
                None => {
                    let list = bound.get_or_insert_with(|| bound_values(text, at, at + values_end));
                    if list.len() == values.len()
                        && let Some((s, e)) = quoted_inside(text, list[index].0, list[index].1)
                    {
                        out.push(Finding::new(s, e, "<redacted>"));
                    }
                    (at + s, at + e)
                }
                Some(n) => {
                    let list = bound.get_or_insert_with(|| bound_values(text, at, at + values_end));
                    match list.get(n) {
                        Some(&(s, e)) => (s, e),
                        None => continue,
                    }
                }
            };
            if let Some((start, end)) = quoted_inside(text, start, end) {
                out.push(Finding::new(start, end, "<redacted>"));
            }
        }
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Byte spans of the items of a list.
type Spans = Vec<(usize, usize)>;

/// The column list and the values list of `INSERT INTO t (…) VALUES (…)` at the start of
/// `statement`, as spans, and where the values list ends.
fn insert_lists(statement: &str) -> Option<(Spans, Spans, usize)> {
    let open = statement.find('(')?;
    // Only the table's name between `INSERT INTO` and its columns.
    if statement[TRIGGER.len()..open]
        .trim()
        .contains(char::is_whitespace)
    {
        return None;
    }
    let close = matching(statement, open)?;
    let after = &statement[close + 1..];
    let keyword = after.trim_start();
    if !keyword.get(..6).is_some_and(|k| k.eq_ignore_ascii_case("values")) {
        return None;
    }
    let values_open = close + 1 + (after.len() - keyword.len()) + 6;
    let values_open = values_open + statement[values_open..].find('(')?;
    let values_close = matching(statement, values_open)?;
    let columns = split_list(statement, open + 1, close);
    let values = split_list(statement, values_open + 1, values_close);
    (columns.len() == values.len()).then_some((columns, values, values_close + 1))
}

/// The byte offset of the bracket closing the one at `open`, outside quotes.
fn matching(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let (opening, closing) = (bytes[open], if bytes[open] == b'[' { b']' } else { b')' });
    let mut depth = 0;
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'\'' || b == b'"' => quote = Some(b),
            None if b == opening => depth += 1,
            None if b == closing => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            None => {}
        }
    }
    None
}

/// The comma-separated items of `text[start..end]` (outside quotes and brackets), trimmed.
fn split_list(text: &str, start: usize, end: usize) -> Spans {
    let mut items = Vec::new();
    let (mut depth, mut quote, mut item_start) = (0i32, None, start);
    for (i, &b) in text.as_bytes()[start..end]
        .iter()
        .enumerate()
        .map(|(i, b)| (start + i, b))
    {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'\'' || b == b'"' => quote = Some(b),
            None if b == b'(' || b == b'[' || b == b'{' => depth += 1,
            None if b == b')' || b == b']' || b == b'}' => depth -= 1,
            None if b == b',' && depth == 0 => {
                items.push(trimmed(text, item_start, i));
                item_start = i + 1;
            }
            None => {}
        }
    }
    if item_start < end || !items.is_empty() {
        items.push(trimmed(text, item_start, end));
    }
    items
}

fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let item = &text[start..end];
    let lead = item.len() - item.trim_start().len();
    (start + lead, start + item.trim_end().len())
}

/// A column's name without its quotes and table (`"password"`, `` `t`.`password` ``).
fn column_name(column: &str) -> &str {
    let name = column.rsplit('.').next().unwrap_or(column);
    name.trim_matches(|c| matches!(c, '"' | '`' | '[' | ']' | '\''))
}

/// The index into the bound values of a placeholder (`?`, `%s`: the next one; `$2`, `@p2`,
/// `:2`: that one), or `None` for a literal.
fn placeholder_index(value: &str, next: &mut usize) -> Option<usize> {
    if value == "?" || value == "%s" {
        *next += 1;
        return Some(*next - 1);
    }
    let number = value
        .strip_prefix('$')
        .or_else(|| value.strip_prefix("@p"))
        .or_else(|| value.strip_prefix(':'))?;
    let n: usize = number.parse().ok()?;
    n.checked_sub(1)
}

/// The bound values printed beside the statement: the first list after it (`[…]`, `(…)`,
/// `params=[…]`, `args=(…)`), else the last `[…]` before it (knex's `bindings: [ … ], sql:`).
fn bound_values(text: &str, statement_start: usize, statement_end: usize) -> Spans {
    let after_end = floor_boundary(text, statement_end + 256);
    let after = &text[statement_end..after_end];
    if let Some(open) = after.find(['[', '('])
        && !after[..open].contains(['\n', '\r'])
        && let Some(close) = matching(after, open)
    {
        return split_list(text, statement_end + open + 1, statement_end + close);
    }
    let before_start = floor_boundary(text, statement_start.saturating_sub(512));
    let before = &text[before_start..statement_start];
    if let Some(open) = before.rfind('[')
        && let Some(close) = matching(before, open)
    {
        return split_list(text, before_start + open + 1, before_start + close);
    }
    Vec::new()
}

/// The inside of a quoted value (`'x'`, `"x"`), or `None` for a number, `NULL` or a function.
fn quoted_inside(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let value = &text.as_bytes()[start..end];
    match value {
        [q @ (b'\'' | b'"'), .., last] if last == q && value.len() > 2 => Some((start + 1, end - 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::Redactor;

    fn redact(text: &str) -> String {
        Redactor::default().redact(text)
    }

    #[test]
    fn secret_columns_of_logged_inserts_lose_their_values() {
        for (line, secret) in [
            (
                r#"[1.194ms] [rows:1] INSERT INTO "smtp_settings" ("host","username","password") VALUES ('smtp.example.com','mailer','wCEJq9vftoPr')"#,
                "wCEJq9vftoPr",
            ),
            (
                r#"INSERT INTO "smtp_configs" ("relay","username","password") VALUES ($1,$2,$3) RETURNING "id" ["smtp.example.com", "mailer", "6dLYTmyAKIvE"]"#,
                "6dLYTmyAKIvE",
            ),
            (
                r#"prisma:query INSERT INTO "public"."Mailbox" ("address","imapPassword") VALUES ($1,$2) RETURNING "id" params=["ops@example.com","Gsheo7ML1gNv"] duration=3ms"#,
                "Gsheo7ML1gNv",
            ),
            (
                r#"knex:query { method: 'insert', bindings: [ 'svc-reports', 'qOiTZ2887lSx' ], sql: 'insert into "db_users" ("name", "password") values (?, ?)' }"#,
                "qOiTZ2887lSx",
            ),
            (
                r#"(0.002) INSERT INTO "cred" ("name", "username", "secret") VALUES ('sftp', 'svc', 'O2DOHH8Yd2OP') RETURNING "cred"."id"; args=('sftp', 'svc', 'O2DOHH8Yd2OP')"#,
                "O2DOHH8Yd2OP",
            ),
        ] {
            let redacted = redact(line);
            assert!(!redacted.contains(secret), "{line} -> {redacted}");
        }
    }

    #[test]
    fn other_columns_and_statements_are_kept() {
        for line in [
            r#"INSERT INTO "orders" ("id","status","total") VALUES ($1,$2,$3) [42, "paid", 1999]"#,
            r#"INSERT INTO users (name, password_length) VALUES ('alice', 12)"#,
            "insert into the queue failed",
        ] {
            assert_eq!(redact(line), line);
        }
    }
}
