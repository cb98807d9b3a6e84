//! Credentials a program hands a client as arguments of a call, where no key names them:
//! `twilio.Client('AC…', '<auth token>')`, `APIClient('<api key>', region=…)`,
//! `Fernet(b'<key>')`, `UseEncryption(Convert.FromBase64String("<key>"))`,
//! `HTTPBasicAuth('svc', '<token>')`, `auth=('<key>', '')`. The callee's name says a credential
//! goes in (a client, a credential, an auth, a cipher); an argument is redacted when it is
//! shaped like one (as an unqualified key's value must be: a long random word, 32 hex digits and
//! more), never a UUID (a tenant's or a client's id), a name or a number. A named argument is
//! left to the key rules.

use super::Finding;

/// Words in a callee's name that takes a credential (ASCII case aside): `APIClient(`,
/// `Fernet(`, `twilio(`, `AESCipher(`. (The key words `cred`, `auth` and `encrypt` are the
/// others: `BasicAWSCredentials(`, `HTTPBasicAuth(`, `UseEncryption(`; see [`CALLEE_KEYWORDS`].)
pub(super) const TRIGGERS: [&str; 4] = ["client", "fernet", "twilio", "cipher"];

/// The key words that also name a callee taking a credential.
const CALLEE_KEYWORDS: [&str; 3] = ["cred", "auth", "encrypt"];

/// Where the key word naming a callee that starts at `at` ends, if one does.
pub(super) fn callee_keyword_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text.as_bytes()[at..];
    CALLEE_KEYWORDS
        .iter()
        .find(|k| rest.len() >= k.len() && rest[..k.len()].eq_ignore_ascii_case(k.as_bytes()))
        .map(|k| at + k.len())
}

/// The longest argument list read: a call logged on one line.
const ARGUMENTS_MAX: usize = 512;

/// The credential-shaped arguments of the calls whose callee holds a trigger ending at one of
/// `trigger_ends`.
pub(super) fn find(text: &str, trigger_ends: &[usize], out: &mut Vec<Finding>) {
    for &end in trigger_ends {
        let Some(open) = call_open(text, end) else {
            continue;
        };
        let Some(close) = call_close(text, open) else {
            continue;
        };
        arguments(text, open + 1, close, out);
    }
}

/// Where the `(` of a call whose callee's name holds the trigger ending at `end` is: right
/// after the name (`.create`/`::new` of a factory, an `=` of a keyword argument between).
fn call_open(text: &str, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let is_name = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let mut i = end + bytes[end..].iter().take_while(|b| is_name(b)).count();
    // A factory of the class: `SearchClient.create(`, `Client::new(`.
    let member = text[i..]
        .strip_prefix("::")
        .or_else(|| text[i..].strip_prefix('.'))
        .map(|rest| rest.bytes().take_while(is_name).count());
    if let Some(len) = member.filter(|len| *len > 0) {
        i = text.len() - text[i..].trim_start_matches([':', '.']).len() + len;
    }
    // `auth=('key', '')`: a keyword argument given a tuple.
    if bytes.get(i) == Some(&b'=') {
        i += 1;
    }
    (bytes.get(i) == Some(&b'(')).then_some(i)
}

/// The `)` closing the `(` at `open`, on the same line and within [`ARGUMENTS_MAX`].
fn call_close(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.as_bytes()[open..].iter().enumerate().take(ARGUMENTS_MAX) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            b'\n' | b'\r' => return None,
            _ => {}
        }
    }
    None
}

/// The credential-shaped words of `text[start..end]`, quoted or bare, at any depth.
fn arguments(text: &str, start: usize, end: usize, out: &mut Vec<Finding>) {
    let is_delimiter = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '(' | ')' | '[' | ']' | '{' | '}' | '\'' | '"' | '`' | '='
            )
    };
    let mut word_start = None;
    for (i, c) in text[start..end].char_indices().chain([(end - start, ' ')]) {
        match (is_delimiter(c), word_start) {
            (false, None) => word_start = Some(start + i),
            (true, Some(s)) => {
                let word = &text[s..start + i];
                // A bare word with a `.` is a member (`Config.ApiKeyV2`), one before `(` a
                // callee (`Convert.FromBase64String(`).
                let quoted = s > 0 && matches!(text.as_bytes()[s - 1], b'\'' | b'"' | b'`');
                let code = c == '(' || (!quoted && word.contains('.'));
                // A named argument (`project_id="…"`, `pkey=<…>`) is the key rules' to judge
                // by its name.
                let before = text[start..s].trim_end_matches(['\'', '"', '`', 'b', ' ', '<']);
                let named = before.ends_with(['=', ':']);
                if !code && !named && credential_shaped(word) {
                    // Base64's padding is the key's.
                    let padding = text[start + i..end]
                        .bytes()
                        .take(2)
                        .take_while(|b| *b == b'=')
                        .count();
                    out.push(Finding::new(s, start + i + padding, "<redacted>"));
                }
                word_start = None;
            }
            _ => {}
        }
    }
}

fn credential_shaped(word: &str) -> bool {
    // (A bytes literal's `b` prefix is its own word: `b'key'`.)
    super::keys::keyed_credential(word)
        && !super::keys::is_uuid(word)
        && !super::keys::resource_sid(word)
        && !digest_named(word)
        && !super::keys::already_masked(word)
}

/// A digest that names its algorithm, as a public key's fingerprint is printed
/// (`SHA256:Uq2Xb9…`, `MD5:1f:…`): it identifies a key, anyone may read it.
fn digest_named(word: &str) -> bool {
    word.split_once(':').is_some_and(|(algorithm, _)| {
        ["md5", "sha1", "sha256", "sha384", "sha512"]
            .iter()
            .any(|a| algorithm.eq_ignore_ascii_case(a))
    })
}
