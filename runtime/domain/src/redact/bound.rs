//! Values an ORM or a driver prints as a statement's bound parameters at debug level, where no
//! key names them and the statement (on another line) may be any: SQLAlchemy's `[generated in
//! 0.0004s] ('svc', 'x', 587)`, Hibernate's `binding parameter [3] as [VARCHAR] - [x]`, MyBatis'
//! `==> Parameters: svc(String), x(String)`, Entity Framework Core's `[Parameters=[@p0='svc',
//! @p1='x']]`, Perl DBI's trace `-> execute for DBD::Pg::st (…) 'svc' 'x'`. A value shaped like
//! a password is redacted: twelve characters or more mixing upper and lower case and digits, no
//! space and no `.`, `/`, `@` or `:` (names, hosts, paths, addresses and times keep theirs).

use super::Finding;

/// The markers of a parameter dump (ASCII case aside).
pub(super) const TRIGGERS: [&str; 6] = [
    "[generated in ",
    "[cached since ",
    "binding parameter ",
    "==> parameters:",
    "[parameters=[",
    "-> execute for ",
];

/// The password-shaped values of the parameter dumps at `hits`, to the end of each one's line.
pub(super) fn find(text: &str, hits: &[usize], out: &mut Vec<Finding>) {
    for &at in hits {
        let line_end = text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i);
        let mut start = None;
        for (i, c) in text[at..line_end].char_indices().chain([(line_end - at, ' ')]) {
            let delimiter = c.is_whitespace() || matches!(c, ',' | '(' | ')' | '[' | ']' | '\'' | '"' | '=');
            match (delimiter, start) {
                (false, None) => start = Some(at + i),
                (true, Some(s)) => {
                    if password_shaped(&text[s..at + i]) {
                        out.push(Finding::new(s, at + i, "<redacted>"));
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
}

fn password_shaped(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() >= 12
        && !value.contains(['.', '/', '@', ':', '<', '>', '\\'])
        && b.iter().any(u8::is_ascii_uppercase)
        && b.iter().any(u8::is_ascii_lowercase)
        && b.iter().any(u8::is_ascii_digit)
        && !super::keys::already_masked(value)
}
