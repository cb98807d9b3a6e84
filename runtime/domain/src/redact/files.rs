//! Credential files whose lines name no key: a `.pgpass` line is
//! `hostname:port:database:username:password`, a proxy list's `hostname:port:username:password`
//! (the format proxy providers hand out and scrapers load), the password found by its position
//! alone.
//! (`.netrc` names its password, `password x`: see [`super::keys`].)
//! And a secret file's contents printed below the command that printed it (`$ cat
//! forwarding.secret` then the secret alone on its line), and pppd's `pap-secrets` and
//! `chap-secrets` printed below their name: `client server secret [addresses]`, the third field.
//! And PgBouncer's `userlist.txt`, one `"user" "password"` a line (the password in clear, as an
//! MD5 or as a SCRAM secret, each of which logs a client in).
//! And a delimited table printed whole (a CSV export of users, a `;`-separated key file for
//! meters) whose header names a secret column: that column's cell of every row below it.

use super::Finding;

/// The password of every `.pgpass` or proxy list entry in `text`: a word (between spaces or
/// quotes) of five fields (four in a proxy list) separated by colons (`\:` is a colon inside a
/// field), none empty, the first a host (a name with a letter, an IPv4 address or `*`), the
/// second a port (digits or `*`).
/// A time (`12:01:02`), a MAC address (six fields), an ARN or a URL has another shape.
pub(super) fn pgpass(text: &str, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    // Most lines hold fewer than the three colons of an entry: one count, nothing else.
    if colons(bytes) < 3 {
        return;
    }
    let is_delimiter = |b: u8| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'`');
    // Each word is read once, from the first colon in it.
    let mut read_until = 0;
    for colon in memchr::memchr_iter(b':', bytes) {
        if colon < read_until {
            continue;
        }
        let start = bytes[read_until..colon]
            .iter()
            .rposition(|b| is_delimiter(*b))
            .map_or(read_until, |i| read_until + i + 1);
        let end = bytes[colon..]
            .iter()
            .position(|b| is_delimiter(*b))
            .map_or(bytes.len(), |i| colon + i);
        read_until = end;
        if let Some(password) = entry_password(&text[start..end]) {
            out.push(Finding::new(start + password, end, "<redacted>"));
        }
    }
}

/// How many colons `bytes` holds. Counted in `u8`s, 255 bytes at a time: the compiler turns
/// that into sixteen bytes an instruction (this runs over every line redacted).
fn colons(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(b == b':'))))
        .sum()
}

/// Where the password of `word` starts, if `word` is a `.pgpass` or proxy list entry whose
/// password could be one (not a placeholder, a mask or a status word).
fn entry_password(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let mut colons = [0usize; 4];
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // `\:` and `\\` are a colon and a backslash inside a field.
            b'\\' => i += 2,
            b':' => {
                if count == 4 {
                    return None;
                }
                colons[count] = i;
                count += 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    // A proxy list's entry has no database: its host is a domain or an address (with a dot, or
    // `localhost`, as pgpool's `pcp.conf` entries are) and its password mixes letters and
    // digits, as a log's `a.b:1:c:d` fields seldom do.
    let proxy = count == 3;
    if !proxy && count != 4 {
        return None;
    }
    let last = count - 1;
    let host = &word[..colons[0]];
    let port = &word[colons[0] + 1..colons[1]];
    let database = if proxy {
        "*"
    } else {
        &word[colons[1] + 1..colons[2]]
    };
    let user = &word[colons[last - 1] + 1..colons[last]];
    let password = &word[colons[last] + 1..];
    let credential_like =
        password.bytes().any(|b| b.is_ascii_digit()) && password.bytes().any(|b| b.is_ascii_alphabetic());
    if proxy && !((host.contains('.') || host == "localhost") && credential_like) {
        return None;
    }
    let name_char = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_');
    let host_ok = host == "*"
        || (host.bytes().all(name_char) && host.bytes().any(|b| b.is_ascii_alphabetic()))
        || host.parse::<std::net::Ipv4Addr>().is_ok();
    let port_ok = port == "*" || ((1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit()));
    // (`worker:3:queue:orders:started` is a log's fields, not an entry.)
    let kept = super::keys::cannot_be_a_password(password);
    (host_ok && port_ok && !database.is_empty() && !user.is_empty() && !password.is_empty() && !kept)
        .then_some(colons[last] + 1)
}

/// The secrets a command printed below it, in a transcript: after a line that prints a file or
/// a value naming a secret (`$ cat /etc/zabbix/zabbix_agentd.psk`, `cat auth.txt`, `xxd -p
/// enc.key`, `kubectl get secret x -o jsonpath=... | base64 -d`, `nextflow secrets get DB_PASS`),
/// each line of its output up to the next command that is one credential-shaped word (letters
/// and digits, eight characters or more, no path, no URL). Lines of several words, `key=value`
/// lines and error messages (`cat: x: Permission denied`) are left to the other rules.
pub(super) fn printed(text: &str, out: &mut Vec<Finding>) {
    let mut printing = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if let Some(command) = command_line(line) {
            printing = prints_a_secret(command);
            continue;
        }
        if !printing {
            continue;
        }
        let word = line.trim();
        let word_start = start + (line.len() - line.trim_start().len());
        // A secrets file's `user:password` line (rsync's, chap's): its last field.
        let (user, secret) = match word.split_once(':') {
            Some((user, secret)) if !user.is_empty() && !user.contains(['/', ' ']) => {
                (user.len() + 1, secret)
            }
            _ => (0, word),
        };
        if printed_credential(secret) {
            out.push(Finding::new(
                word_start + user,
                word_start + word.len(),
                "<redacted>",
            ));
        }
    }
}

/// The secrets of pppd's `pap-secrets` or `chap-secrets` entries printed after the file's name (a
/// `# /etc/ppp/pap-secrets` header, `cat /etc/ppp/chap-secrets`): each entry's third field,
/// unless it is `*`, empty, or `@file` (a file that holds it).
pub(super) fn ppp_secrets(text: &str, out: &mut Vec<Finding>) {
    let Some(named) = ["pap-secrets", "chap-secrets"]
        .iter()
        .filter_map(|name| memchr::memmem::find(text.as_bytes(), name.as_bytes()))
        .min()
    else {
        return;
    };
    // (Only below a line that names the file last, its header or the command that printed it:
    // `cannot read /etc/ppp/chap-secrets: permission denied` prints no entries.)
    let line_end = text[named..].find('\n').map_or(text.len(), |i| named + i);
    let name_ends_line = ["pap-secrets", "chap-secrets"]
        .iter()
        .any(|name| text[..line_end].trim_end().ends_with(name));
    if !name_ends_line {
        return;
    }
    let first_entry = (line_end + 1).min(text.len());
    let mut at = first_entry;
    for line in text[first_entry..].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim_start().starts_with('#') {
            continue;
        }
        let Some((s, e)) = ppp_field(line, 2) else {
            continue;
        };
        let field = &line[s..e];
        let inner = field.trim_matches('"');
        if !inner.is_empty() && inner != "*" && !inner.starts_with('@') {
            let quote = usize::from(field.starts_with('"'));
            out.push(Finding::new(
                start + s + quote,
                start + s + quote + inner.len(),
                "<redacted>",
            ));
        }
    }
}

/// The `index`-th field of a pppd secrets line (0-based): fields split at spaces and tabs, a
/// double-quoted one whole.
fn ppp_field(line: &str, index: usize) -> Option<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut i = 0;
    for n in 0..=index {
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        if bytes[i] == b'"' {
            i += 1 + bytes[i + 1..].iter().position(|b| *b == b'"')? + 1;
        } else {
            while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t') {
                i += 1;
            }
        }
        if n == index {
            return Some((start, i));
        }
    }
    None
}

/// The command of a transcript's line: after a shell prompt (`$ `, `# `) or a shell's trace
/// (`set -x`'s `+ `, after the time a CI runner stamps its lines with) or, without one, a line
/// that starts with a command that prints.
fn command_line(line: &str) -> Option<&str> {
    let line = line.trim_start();
    if let Some(command) = line.strip_prefix("$ ").or_else(|| line.strip_prefix("# ")) {
        return Some(command);
    }
    if let Some(command) = after_stamp(line).strip_prefix("+ ") {
        return Some(command);
    }
    // A prompt naming the user and host (`[root@jump-02 ~]# `, `ec2-user@ip-10-0-1-5:~$ `).
    if line.starts_with('[') || line.contains('@') {
        let prompt_end = ["]# ", "]$ ", ":~# ", ":~$ "]
            .iter()
            .filter_map(|end| line.find(end).map(|at| at + end.len()))
            .min();
        if let Some(end) = prompt_end
            && (line.starts_with('[') || !line[..end - 2].contains(char::is_whitespace))
        {
            return Some(&line[end..]);
        }
    }
    let first = line.split(' ').next().unwrap_or("");
    PRINTERS.contains(&first).then_some(line)
}

/// `line` after the time a CI runner stamps it with (`2028-12-01T01:24:20.2760060Z `), if any.
fn after_stamp(line: &str) -> &str {
    match line.split_once(' ') {
        Some((stamp, rest))
            if stamp.starts_with(|c: char| c.is_ascii_digit())
                && stamp.contains(['T', ':'])
                && stamp
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'.' | b'+')) =>
        {
            rest
        }
        _ => line,
    }
}

/// Commands that print a file or a value.
const PRINTERS: [&str; 9] = [
    "cat", "head", "tail", "xxd", "base64", "od", "kubectl", "vault", "aws",
];

/// Does `command` print something that names a secret (a file, a key, a secret's value)?
fn prints_a_secret(command: &str) -> bool {
    let lower = command.to_ascii_lowercase();
    let lower = lower.strip_prefix("sudo ").unwrap_or(&lower);
    let first = lower.split(' ').next().unwrap_or("");
    // (Or a subcommand that prints a password or a token: `argocd admin initial-password`, `aws
    // ecr get-login-password`, `kubectl create token`.)
    let prints_one = lower.split(' ').skip(1).any(|word| {
        !word.starts_with('-') && (word.ends_with("password") || word == "token" || word.ends_with("-token"))
    });
    let prints =
        PRINTERS.contains(&first) || lower.contains("base64 -d") || lower.contains(" get") || prints_one;
    const SECRETS: [&str; 10] = [
        "secret", "psk", "cred", "passw", "token", ".key", ".pem", "auth", "private", "cookie",
    ];
    // A command that picks one field prints that field (`--query VersionId` a version's id,
    // `jsonpath='{.data.password}'` a password).
    if let Some(field) = selected_field(command) {
        return prints && super::keys::holds_a_secret(field);
    }
    prints && SECRETS.iter().any(|secret| lower.contains(secret))
}

/// The field a command picks from what it reads: the AWS CLI's `--query <expression>`,
/// kubectl's `jsonpath='{...}'`, Vault's `-field=<name>`: the expression's last name.
fn selected_field(command: &str) -> Option<&str> {
    let expression = if let Some((_, rest)) = command.split_once("--query ") {
        rest.split(' ').next()?
    } else if let Some((_, rest)) = command.split_once("jsonpath=") {
        rest.split('}').next()?
    } else {
        let (_, rest) = command.split_once("-field=")?;
        rest.split(' ').next()?
    };
    expression
        .trim_matches(['\'', '"', '{', '}'])
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .find(|name| !name.is_empty())
}

/// One word a secret could be: eight characters or more, a letter and a digit, no path, URL,
/// `key=value` or quote.
fn printed_credential(word: &str) -> bool {
    super::keys::credential_like(word)
        && !word.starts_with(['/', '.', '~', '<', '$', '{', '['])
        && !word.contains(['=', ':', '"', '\''])
}

/// The password of every line of `text` that is a PgBouncer `userlist.txt` entry: nothing but
/// `"user" "password"`, also as a line of a diff (`-"app" "md5…"`). A name is one word of name
/// characters; two quoted strings alone on a line are nothing else a program logs.
pub(super) fn pgbouncer_userlist(text: &str, out: &mut Vec<Finding>) {
    if memchr::memmem::find(text.as_bytes(), b"\" \"").is_none() {
        return;
    }
    let mut line_start = 0;
    for line in text.split('\n') {
        if let Some((start, end)) = userlist_password(line.trim_end_matches('\r')) {
            out.push(Finding::new(line_start + start, line_start + end, "<redacted>"));
        }
        line_start += line.len() + 1;
    }
}

/// Where the password of a `userlist.txt` line is.
fn userlist_password(line: &str) -> Option<(usize, usize)> {
    let body = line.strip_prefix(['-', '+']).unwrap_or(line);
    let offset = line.len() - body.len();
    let rest = body.strip_prefix('"')?;
    let (user, rest) = rest.split_once("\" \"")?;
    let password = rest.strip_suffix('"')?;
    let user_ok = !user.is_empty()
        && user != "-"
        && user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@'));
    let password_ok = password.len() >= 4
        && !password.contains(['"', ' '])
        && !super::keys::already_masked(password)
        && !password.bytes().all(|b| b == b'*');
    let start = offset + 1 + user.len() + 3;
    (user_ok && password_ok).then_some((start, start + password.len()))
}

/// The secret columns' cells of every delimited table in `text`: a header line of three or more
/// names separated by `,`, `;`, `|` or a tab, one of which names a secret (`password`, `guek`,
/// `client_secret`; not `password_changed_at`), then the rows below with as many fields, up to
/// the first that has not. A cell that cannot be a password (empty, `********`, a placeholder)
/// is left.
pub(super) fn table_columns(text: &str, out: &mut Vec<Finding>) {
    let mut lines = line_spans(text).peekable();
    while let Some((start, end)) = lines.next() {
        let Some((delimiter, columns)) = table_header(&text[start..end]) else {
            continue;
        };
        let secret: Vec<usize> = columns
            .iter()
            .enumerate()
            .filter(|(_, name)| super::keys::holds_a_secret(name.trim()))
            .map(|(i, _)| i)
            .collect();
        if secret.is_empty() {
            continue;
        }
        while let Some(&(row_start, row_end)) = lines.peek() {
            let row = &text[row_start..row_end];
            let cells: Vec<(usize, usize)> = fields(row, delimiter).collect();
            if cells.len() != columns.len() {
                break;
            }
            for &column in &secret {
                let (s, e) = cells[column];
                let cell = row[s..e].trim();
                if !cell.is_empty() && !super::keys::cannot_be_a_password(cell) {
                    let lead = row[s..e].len() - row[s..e].trim_start().len();
                    let from = row_start + s + lead;
                    out.push(Finding::new(from, from + cell.len(), "<redacted>"));
                }
            }
            lines.next();
        }
    }
}

/// A table's header: three to forty names (each a few words of letters, digits, `_`, `-`, `.`,
/// none empty) separated by one delimiter, with the delimiter and the names.
fn table_header(line: &str) -> Option<(u8, Vec<&str>)> {
    let line = line.trim_end_matches('\r');
    [b',', b';', b'|', b'\t'].into_iter().find_map(|delimiter| {
        let names: Vec<&str> = fields(line, delimiter).map(|(s, e)| &line[s..e]).collect();
        let named = |name: &&str| {
            let name = name.trim();
            (1..=40).contains(&name.len())
                && name.split(' ').count() <= 4
                && name.bytes().any(|b| b.is_ascii_alphabetic())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b' '))
        };
        ((3..=40).contains(&names.len()) && names.iter().all(named)).then_some((delimiter, names))
    })
}

/// The fields of `line` between `delimiter`s, as offsets.
fn fields(line: &str, delimiter: u8) -> impl Iterator<Item = (usize, usize)> + '_ {
    let line = line.trim_end_matches('\r');
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let field_start = start;
        match memchr::memchr(delimiter, &line.as_bytes()[start..]) {
            Some(i) => {
                start += i + 1;
                Some((field_start, field_start + i))
            }
            None => {
                done = true;
                Some((field_start, line.len()))
            }
        }
    })
}

/// Each line of `text` as offsets, without its line break.
fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    text.split('\n').map(move |line| {
        let span = (start, start + line.len());
        start += line.len() + 1;
        span
    })
}
