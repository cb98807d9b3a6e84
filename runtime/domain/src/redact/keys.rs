//! `key=value` secrets in every syntax a log line uses: `password=x`, `"token": "x"`,
//! `DB_PASSWORD: x`, `--password x`, `:password => 'x'`, `<password>x</password>`,
//! `Authorization: Basic x`, `Cookie: a=x; b=y`, `?code=x&...`, `mot de passe : x`,
//! `パスワード：x`, and mysql's `-px`.
//!
//! The decision is made by what the key *names*, then by the value's shape:
//! - A key names a secret when one of its parts is a secret noun (`db_password`,
//!   `accessToken`, `X-Api-Key`, `PHPSESSID`, `密码`) and no part says it is *about* the
//!   secret rather than the secret itself: `token_type`, `password_length`, `secret_name`,
//!   `max_tokens` and `password_reset_requested` describe, count or name; `passwordless` is
//!   another word.
//! - A value is kept when it cannot be a secret: empty, `null`/`true`/`none`, a mask
//!   (`****`), a reference (`${DB_PASSWORD}`, `arn:...`), a small bare number (`tokens=5`),
//!   a placeholder, or prose (`password: must be 12 characters`).

use std::collections::BTreeSet;

use super::{Finding, placeholders};

/// The trigger words: each occurrence is expanded to the whole key word around it
/// (`pass` finds `db_password`, `passwd`, `passphrase`...).
#[rustfmt::skip]
pub(super) const KEYWORDS: &[&str] = &[
    "pass", "pwd", "secret", "token", "key", "cred", "cookie", "session", "sid", "sig", "auth",
    "otp", "code", "cvv", "cvc", "_pat", "pw", "psk", "encrypt", "ticket", "mnemonic", "dsn", "kennwort", "wachtwoord", "contrase", "senha", "parola", "hasło", "haslo",
    "lösenord", "losenord", "salasana", "jelszó", "jelszo", "heslo", "geslo", "şifre", "sifre",
    "adgangskode", "lozinka", "parool", "mật khẩu", "Mật khẩu", "密码", "密碼", "口令", "パスワード",
    "暗証番号", "honeycomb-team", "art-api", "community", PART_KEYWORDS[0], PART_KEYWORDS[1],
    PART_KEYWORDS[2], PART_KEYWORDS[3], PART_KEYWORDS[4], PART_KEYWORDS[5],
    "비밀번호", "пароль", "Пароль", "ПАРОЛЬ", "парола", "Парола", "κωδικός", "Κωδικός", "סיסמה",
    "المرور", "รหัสผ่าน", "पासवर्ड", "parolă", "clave", "sandi", "katalaluan", "lykilorð",
    "salasõna", "slaptažodis", "гасло", "лозинка", "암호", "السر", "عبور",
    // WildFly's and JBoss EAP's credential reference (`credential-reference={clear-text="x"}`).
    "clear-text",
];

/// Keywords that name a secret only as a whole part of a key (`hash_salt`, `securitySalt`,
/// `AUTH_SALT`, `"gak"`), since their few letters also turn up inside other words and random ids
/// (`saltmarsh`, `basalt`, `sgAkiu…`): DLMS/COSEM's keys (see [`SECRET_KEYS`]), and an
/// application's salt or pepper, the secret its tokens and links are signed with (Drupal's
/// `hash_salt`, WordPress' `AUTH_SALT`, BigBlueButton's `securitySalt`, Devise's `pepper`); and a
/// PIN (`HSM_PIN`, a card's `pin`), not the `pin` of `ping`, `shipping` or `spinner`.
pub(super) const PART_KEYWORDS: [&str; 6] = ["gak", "guek", "gbek", "salt", "pepper", "pin"];

/// Whether the keyword `text[start..end]` is one of [`PART_KEYWORDS`] inside a longer word, not
/// a part of a key: a part ends at a character that is no letter or digit, or where the case
/// turns (`security|Salt`, `salt|Rounds`).
pub(super) fn part_keyword_inside_a_word(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if !PART_KEYWORDS.iter().any(|k| word.eq_ignore_ascii_case(k)) {
        return false;
    }
    let (first, last) = (word.chars().next(), word.chars().next_back());
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let starts_a_part = before.is_none_or(|b| !b.is_alphanumeric())
        || (first.is_some_and(char::is_uppercase)
            && before.is_some_and(|b| b.is_lowercase() || b.is_ascii_digit()));
    let ends_a_part = after.is_none_or(|a| !a.is_alphanumeric())
        || (after.is_some_and(char::is_uppercase) && last.is_some_and(char::is_lowercase));
    !(starts_a_part && ends_a_part)
}

/// Whether the keyword at `at` is part of a URN (SAML's authentication context class
/// `urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport`): a name, no key.
pub(super) fn inside_a_urn(text: &str, at: usize) -> bool {
    let head = &text.as_bytes()[at.saturating_sub(URN_MAX)..at];
    let token_start = head
        .iter()
        .rposition(|b| {
            b.is_ascii_whitespace() || matches!(b, b'|' | b'"' | b'\'' | b',' | b'<' | b'>' | b'=')
        })
        .map_or(0, |i| i + 1);
    head.len() - token_start >= 4 && head[token_start..token_start + 4].eq_ignore_ascii_case(b"urn:")
}

/// How far back a URN's start is looked for ([`inside_a_urn`]).
const URN_MAX: usize = 96;

/// Whether `bytes` (a trigger's text) holds one of the [`KEYWORDS`], ASCII case aside.
pub(super) fn holds_keyword(bytes: &[u8]) -> bool {
    KEYWORDS.iter().any(|k| {
        let k = k.as_bytes();
        k.len() <= bytes.len() && bytes.windows(k.len()).any(|w| w.eq_ignore_ascii_case(k))
    })
}

/// Parts that are a secret by themselves (compared lower case).
#[rustfmt::skip]
const NOUNS: &[&str] = &[
    "password", "passwd", "pwd", "pass", "passphrase", "passcode", "secret", "token", "apikey",
    // A wallet's BIP39 recovery words.
    "mnemonic",
    "credential", "credentials", "creds", "cred", "session", "sessionid", "sid", "sessid",
    "signature", "sig", "otp", "totp", "cvv", "cvc", "pat", "storepass", "keypass", "srcstorepass",
    "deststorepass", "srckeypass", "destkeypass", "passwort", "kennwort", "wachtwoord", "contraseña",
    "contrasena", "contrasenya", "senha", "parola", "haslo", "hasło", "lösenord", "losenord",
    "salasana", "jelszo", "jelszó", "heslo", "geslo", "sifre", "şifre", "passord", "adgangskode",
    "lozinka", "parool", "passe", "khẩu", "пароль", "парола", "κωδικός", "סיסמה", "المرور",
    "รหัสผ่าน", "पासवर्ड", "暗証番号", "parolă", "clave", "sandi", "katalaluan", "lykilorð",
    "salasõna", "slaptažodis", "гасло", "лозинка", "암호", "السر", "عبور", "pw", "rootpw", "psk",
    "encrypt", "ticket",
    // An application's salt or pepper (see `PART_KEYWORDS`).
    "salt", "pepper",
    // A personal identification number, or a PKCS #11 token's PIN (CloudHSM's `<user>:<password>`):
    // only a value of that shape (see `plain_value`).
    "pin",
    // A Sentry DSN given as its key alone (`SENTRY_DSN=<32 hex>`): see `plain_value`.
    "dsn",
];

/// Words that are a secret at the end of a compound part (`dbpassword`, `authtoken`,
/// `phpsessid`, `数据库密码`).
#[rustfmt::skip]
const NOUN_ENDINGS: &[&str] = &[
    "password", "passwd", "passwort", "kennwort", "secret", "token", "sessionid", "sessid",
    "passphrase", "mnemonic", "密码", "密碼", "口令", "パスワード", "비밀번호", "пароль", "contraseña",
    // LDAP clients' `bindpw` (nslcd, sudo-ldap, pam_ldap), SSSD's `ldap_default_authtok`.
    "bindpw", "authtok",
    // Erlang's distribution cookie (`-setcookie x`); `Set-Cookie` is two parts.
    "cookie",
];

/// Who or what a password glued to `pass` belongs to (`dbpass`, `rootpass`, `ldappass`; not
/// `pgpass`, a file of entries read by its own rule).
#[rustfmt::skip]
const PASS_OWNERS: &[&str] = &[
    "db", "admin", "root", "user", "mysql", "sql", "redis", "smtp", "mail", "ldap", "bind",
    "master", "super", "sys", "app", "api", "ftp", "sftp", "ssh", "proxy", "web", "rpc", "vnc",
];

/// The nouns of a password, the one secret written `password 'x'` in prose.
#[rustfmt::skip]
const PASSWORDS: &[&str] = &[
    "password", "passwd", "pwd", "pass", "passphrase", "passcode", "passwort", "kennwort",
];

/// `key` is a secret after one of these (`api_key`, `AccountKey`, `x-api-key`), not after
/// `cache`, `partition`, `s3` or `sort`.
#[rustfmt::skip]
const KEY_QUALIFIERS: &[&str] = &[
    "api", "access", "secret", "private", "signing", "encryption", "decryption", "master", "client",
    "account", "shared", "app", "application", "auth", "subscription", "sas", "storage", "license",
    "licence", "hmac", "consumer", "webhook", "service", "admin", "root", "crypto", "session",
    "server", "jwt", "bot", "integration", "deploy", "personal", "developer", "live",
    // A feature-flag service's server-side SDK key (LaunchDarkly's `sdkKey`, Split's).
    "sdk",
    // A routing protocol's or a time server's shared key (`authentication-key x`).
    "authentication",
    // A URL signing key (Thumbor's `SECURITY_KEY`, which signs every image URL).
    "security",
];

/// A part after the secret noun that makes the key describe the secret instead of holding it
/// (`token_type`, `password_length`, `secret_name`, `session_timeout`).
#[rustfmt::skip]
const DESCRIPTORS: &[&str] = &[
    "type", "types", "name", "names", "id", "ids", "count", "counts", "length", "len", "size",
    "url", "uri", "endpoint", "expiry", "expires", "expiration", "exp", "in", "ttl", "policy",
    "policies", "reset", "requested", "required", "enabled", "disabled", "hint", "field", "prompt",
    "format", "version", "arn", "path", "file", "dir", "limit", "limits", "kind", "status", "state",
    "changed", "updated", "created", "at", "time", "timeout", "age", "strength", "rotation",
    "rotated", "last", "used", "usage", "label", "algorithm", "alg", "method", "scheme", "rule",
    "rules", "mode", "location", "ref", "source", "provider", "manager", "store", "attempts",
    "retries", "error", "errors", "valid", "invalid", "expired", "missing", "present", "header",
    "param", "parameter", "env", "var", "variable", "lifetime", "duration", "max", "min", "budget",
    "estimate", "prefix", "suffix", "fingerprint", "index", "offset", "interval", "flag", "bytes",
    "chars", "characters", "digits", "strategy", "backend", "service", "host", "port", "less", "ok",
    "set", "match", "matches", "check", "checked", "complexity", "history", "request", "requests",
    "issuer", "audience", "scope", "scopes", "stdin", "fd", "cmd", "command", "from", "list",
    "use", "sock", "socket", "mechanism", "mechanisms", "domain", "rounds", "target",
    // `smtp_auth_username`, `auth_user`: who authenticates, not how.
    "user", "username", "login", "email",
    // A class or an object that handles the secret (`OhipTokenClient`, `TokenHandler`,
    // `secretFactory`), as a Java logger's name shows it.
    "client", "handler", "factory", "helper", "loader", "resolver", "validator", "interceptor",
];

/// A part before the noun that makes the key a measure (`max_tokens`, `prompt_tokens`) or a
/// token that is no credential (`NextToken`, `page_token`: pagination; `idempotency_token`).
#[rustfmt::skip]
const MEASURES: &[&str] = &[
    "max", "min", "num", "number", "total", "count", "input", "output", "prompt", "completion",
    "remaining", "used", "cached", "reasoning", "estimated", "avg", "sum", "per", "n", "next",
    "page", "continuation", "pagination", "sync", "resume", "cancellation", "idempotency",
    // A payment card's token: a gateway's surrogate for the card, logged by design
    // (`card_token`, `cardToken`); a card's PIN or password stays a secret.
    "card",
    // CloudWatch Logs' `sequenceToken` orders a stream's batches.
    "sequence",
    // `existingSecret`: the name of a secret object that already holds the value.
    "existing",
    // `deviceToken`, `device_token`: a push service's address of one device (APNs, FCM).
    "device",
];

/// Parts before a secret noun that make it public by design (`STRIPE_PUBLISHABLE_KEY`, Next.js's
/// `NEXT_PUBLIC_API_TOKEN`, which the browser receives; `public_key`).
const PUBLIC: &[&str] = &["public", "publishable"];

/// Values no secret has (compared lower case, brackets trimmed).
#[rustfmt::skip]
const NOT_SECRETS: &[&str] = &[
    "null", "nil", "none", "true", "false", "yes", "no", "on", "off", "undefined", "empty",
    "required", "optional", "set", "unset", "missing", "invalid", "expired", "redacted", "filtered",
    "hidden", "masked", "n/a", "na", "ok", "valid", "changed", "updated", "reset", "incorrect",
    "wrong", "mismatch", "rejected", "accepted", "denied", "failed", "granted", "must", "should",
    "is", "was", "has", "have", "cannot", "can", "will", "not", "too", "the", "a", "an", "for",
    "of", "to", "weak", "strong", "present", "absent", "provided", "supplied", "enabled",
    "disabled", "default", "unknown", "refreshed", "rotated", "revoked", "issued", "generated",
    "stored", "saved", "verified", "sent", "created", "deleted", "found", "used", "bearer", "basic",
    "digest", "oauth", "oauth2", "jwt", "string", "sha256", "sha512", "md5", "bcrypt", "argon2",
    "argon2id", "scrypt", "pbkdf2", "expected", "ignored", "skipped", "pending", "active",
    "inactive", "env", "file", "sensitive", "successful", "success", "complete",
    // Read from the standard input (OpenSSL's `-pass stdin`).
    "stdin",
    // Ways to authenticate (`auth=cookie`, bitcoind's cookie file; `auth=iam`, an IAM token), and
    // where an AWS client takes its credentials from (`"credentials":"instance-profile"`,
    // `credential_source = Ec2InstanceMetadata`).
    "cookie", "iam", "instance-profile", "instance_profile", "ec2instancemetadata",
    "ecscontainer", "environment",
    // Who signs a Tomcat resource in (`<Resource … auth="Container">`, or the application).
    "container", "application",
];

/// The authentication schemes of an `Authorization` value: kept, the credential after them
/// is not.
#[rustfmt::skip]
const SCHEMES: &[&str] = &[
    "bearer", "basic", "token", "digest", "negotiate", "ntlm", "apikey", "bot", "oauth", "ssws",
    "splunk", "genie", "geniekey", "key", "aws4-hmac-sha256", "hmac", "signature",
];

/// Cookie attributes: names in a `Set-Cookie` value that carry no secret.
#[rustfmt::skip]
const COOKIE_ATTRIBUTES: &[&str] = &[
    "path", "domain", "expires", "max-age", "samesite", "secure", "httponly", "priority",
    "partitioned", "version", "comment",
];

/// Header and setting names that hold a credential without a secret noun in them: Honeycomb's
/// API key travels as `x-honeycomb-team`, JFrog's as `X-JFrog-Art-Api`; an SNMP community is
/// SNMP's password (`snmp-server community x RO`), and a key chain's `key-string` a routing
/// protocol's. A smart meter's DLMS/COSEM keys go by their standard's abbreviations: the global
/// authentication key, unicast and broadcast encryption keys (IEC 62056-5-3's GAK, GUEK, GBEK).
const SECRET_KEYS: &[&str] = &[
    "x-honeycomb-team",
    "honeycomb-team",
    "x-jfrog-art-api",
    "community",
    "key-string",
    "gak",
    "guek",
    "gbek",
];

/// Keys whose value names another field (`{"name": "DB_PASSWORD", "value": "x"}`, ECS and
/// Kubernetes env entries, CloudFormation `ParameterKey=…,ParameterValue=…`), compared lower case.
const NAME_KEYS: &[&str] = &[
    "name",
    "key",
    "parameterkey",
    "parametername",
    "optionname",
    "variable",
    "varname",
];

/// Keys holding the value of the field a [`NAME_KEYS`] key named (compared lower case, leading
/// dashes trimmed: `--value`).
const VALUE_KEYS: &[&str] = &["value", "parametervalue", "optionvalue"];

/// How far around an anchor its sibling `value` field is looked for.
const SIBLING_BYTES: usize = 256;

/// What a secret key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Secret,
    /// `tokens`, `secrets`: a count as often as a value (`tokens=5`).
    Plural,
    /// `Authorization: Bearer x`: keep the scheme.
    Authorization,
    /// `Cookie: a=x; b=y`: every cookie's value.
    Cookie,
}

/// How the value is attached to the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Equals,
    Colon,
    Arrow,
    /// `<password>x</password>`
    Tag,
    /// `--password x`
    Space,
    /// `password 'x'`: only after a password noun (`secrets "db" not found` is Kubernetes
    /// naming a Secret object).
    SpaceQuoted,
    /// `access_token('x')`, `set_password("x")`: a call's quoted argument.
    Call,
}

/// The secret values of the keys around `hits` (byte ranges of [`KEYWORDS`]).
pub(super) fn find(text: &str, hits: &[(usize, usize)], out: &mut Vec<Finding>) {
    let mut done: Option<(usize, usize)> = None;
    // Where each finding starts, kept up to date as this loop adds findings: a value is cut
    // at the first one inside it by a lookup, not a walk of every finding.
    let mut starts: BTreeSet<usize> = out.iter().map(|f| f.start).collect();
    let mut known = out.len();
    // The finding of the key rules that reaches furthest: (start, end).
    let mut redacted = (0, 0);
    // See [`holds_nothing`].
    let mut shapes: Option<(bool, bool)> = None;
    for &(hit_start, hit_end) in hits {
        starts.extend(out[known..].iter().map(|f| f.start));
        // What the previous key's rules replaced (a value, a cookie, a credential).
        redacted = out[known..]
            .iter()
            .map(|f| (f.start, f.end))
            .fold(redacted, |a, b| if b.1 > a.1 { b } else { a });
        known = out.len();
        // A hit inside the key just read (`token` in `session_token`): read once, so a long
        // word of keywords costs its length, not its length squared.
        if done.is_some_and(|(s, e)| s <= hit_start && hit_end <= e) {
            continue;
        }
        // A hit inside a value already redacted is replaced with it: reading its own value
        // would cost up to a window per hit (`密码=x密码=x…`). (A hit before that value, such as
        // a key between a cookie header and its value, is read: a second pass reads it.)
        if redacted.0 <= hit_start && hit_start < redacted.1 {
            continue;
        }
        let (start, end) = key_bounds(text, hit_start, hit_end);
        let end = spaced_key_end(text, end).unwrap_or(end);
        done = Some((start, end));
        // `${API_KEY:?missing}`, `${TOKEN:-}`: a shell variable's name and its expansion's
        // operator, not a key and its value.
        if text[..start].ends_with("${") {
            continue;
        }
        // `pam_unix(passwd:chauthtok)`: a PAM module's service and its management group.
        if text[..start].ends_with('(')
            && text[..start - 1]
                .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .is_some_and(|module| module.starts_with("pam_"))
        {
            continue;
        }
        let before = text[..start].chars().next_back();
        // `<secret:pids/pa-sip>`, `<sec:Password>`: a placeholder's kind or a tag's namespace
        // before its `:`, not a key (the tag's own name is read as one).
        if before == Some('<') && text[end..].starts_with(':') {
            continue;
        }
        let key = text[start..end].trim_start_matches(['-', '.']);
        let flag = text[start..end].starts_with('-') && before.is_none_or(char::is_whitespace);
        // `--no-auth-warning`: a switch turned off takes no value.
        if flag && text[start..end].starts_with("--no-") {
            continue;
        }
        let directive = DIRECTIVES.iter().any(|d| key.eq_ignore_ascii_case(d));
        // `cvv 123`: a card's security code after a space, when it is 3 or 4 digits.
        let spaced_code = CARD_CODES.iter().any(|c| key.eq_ignore_ascii_case(c));
        // `<password>`, and `<wsse:Password Type="…">` (a namespace, attributes).
        let tag = before == Some('<') || (before == Some(':') && namespace_tag_before(text, start));
        let query = matches!(before, Some('?' | '&' | ';'));
        // The cheap test first: most mentions of a keyword have no value after them.
        let spaced = flag || directive || spaced_code;
        let separated = separation(text, (start, end), key, (spaced, directive, tag), &starts);
        if holds_nothing(text, (start, end), before, separated, &mut shapes) {
            continue;
        }
        // `postgres://app:x@auth-db.internal:5432/auth`: a host after a URL's user, not a key.
        // (A keyword after the host's last dot, `a@example.com_password=x`, is a key glued to an
        // address, as it is after the address's placeholder on a second pass.)
        if before == Some('@') && !text[start..hit_start].contains('.') && key.contains('.') {
            continue;
        }
        let Some((separator, value_start)) = separated else {
            unseparated(text, (start, end), key, before, &starts, out);
            continue;
        };
        // `curl --user solr:$SOLR_PASSWORD 'https://…'`: a shell variable's name, read where it
        // is used, then the command's next argument. (`$password = "x"` assigns: read.)
        if matches!(before, Some('$' | '{')) && matches!(separator, Separator::Space | Separator::SpaceQuoted)
        {
            continue;
        }
        // `arn:aws:secretsmanager:…:secret:name`, `…:secret:orders/api-key-x:api_key::`: a
        // resource type or an ARN's part, not a key.
        if matches!(before, Some(':' | '/')) && in_arn(text, start) {
            continue;
        }
        // `AttackSequence:IAM/CompromisedCredentials: …`: the last word of a finding type's
        // name, not a key.
        if type_name_segment(text, start, before) {
            continue;
        }
        // `../source3/auth/auth_log.c:760(log_authentication_event)`: a source file and its
        // line, not a key.
        if source_location(key, &text[value_start..]) {
            continue;
        }
        // The value alone on the next, more indented line (`password:` then `  x`).
        let value_start =
            next_line_value(text, start, value_start, separator, &starts).unwrap_or(value_start);
        // PHP's `var_dump`: `["password"]=>` then `string(16) "x"`.
        let value_start = skip_var_dump_type(text, value_start, separator);
        // Windows' answer files: `<AdministratorPassword><Value>x</Value>`, the secret the
        // element's `Value` child (clear text, or base64 when `PlainText` is false).
        let value_start = match text[value_start..].get(..7) {
            Some(child) if separator == Separator::Tag && child.eq_ignore_ascii_case("<Value>") => {
                value_start + 7
            }
            _ => value_start,
        };
        let classified = if directive {
            Some((Role::Secret, "password".to_owned()))
        } else {
            classify(key, query)
        };
        let Some((role, noun)) = classified else {
            // `--key x`, `key=x`, `agent.key: x`, `ENVIRONMENT_KEY=x`, `validationKey="x"`: a key
            // without a qualifier that says secret names none by itself (`cache_key`, an S3
            // key): only a credential-shaped value is one.
            // (`wg0: public key: x`: the word before names a public key.)
            let public_before = text[..start]
                .strip_suffix(' ')
                .and_then(|before| before.rsplit(' ').next())
                .is_some_and(|word| PUBLIC.iter().any(|p| word.eq_ignore_ascii_case(p)));
            if unqualified_key(key)
                && !public_before
                && !names_a_cache_before(text, start)
                && separator != Separator::SpaceQuoted
                && (flag || separator != Separator::Space)
            {
                let quoted = text[value_start..].starts_with(['"', '\'']);
                let from = value_start + usize::from(quoted);
                let rest = window(text, from);
                let len = rest
                    .find(|c: char| is_terminator(c) || c == '"' || c == '\'')
                    .unwrap_or(rest.len());
                if keyed_credential(&rest[..len]) || (query && query_key(&rest[..len])) {
                    out.push(Finding::new(from, from + len, "<redacted>"));
                }
            }
            // Vault's AppRole `secret_id` is a UUID that logs in; AWS's `SecretId` names a
            // secret (a name, an ARN) and grants nothing, and so does Entra ID's client secret's
            // id (`CLIENT_SECRET_ID`, the secret's key id beside its value).
            let key_parts = parts(key);
            if key_parts.ends_with(&["secret".to_owned(), "id".to_owned()])
                && !key_parts.ends_with(&["client".to_owned(), "secret".to_owned(), "id".to_owned()])
                && separator != Separator::Space
            {
                let from = value_start + usize::from(text[value_start..].starts_with(['"', '\'']));
                let rest = window(text, from);
                let len = rest.find(is_terminator).unwrap_or(rest.len());
                if len == 36 && strong_token(&rest[..len]) {
                    out.push(Finding::new(from, from + len, "<redacted>"));
                }
            }
            continue;
        };
        // `password 'x'` in prose; other secrets only as a configuration statement, the quoted
        // value ending it (BIND's and DRBD's `secret "x";`, `shared-secret "x";`).
        if separator == Separator::SpaceQuoted
            && !PASSWORDS.contains(&noun.as_str())
            && !quoted_statement(text, value_start)
        {
            continue;
        }
        // A setter's argument is the value, whatever its shape (`setPassword('x')`, WLST's
        // `cmo.setPasswordEncrypted('x')`, which encrypts what it is given); a call's argument is
        // otherwise a value only when shaped like a credential (`get_secret('orders-db')`).
        let separator = if separator == Separator::Call && is_setter(key) {
            Separator::Equals
        } else {
            separator
        };
        match role {
            Role::Cookie if separator == Separator::Colon || holds_named_cookies(text, value_start) => {
                cookies(text, value_start, &starts, out)
            }
            // (`auth('user', 'x')` is a call, read as calls are.)
            Role::Authorization if separator != Separator::Call => {
                authorization(text, value_start, &starts, out)
            }
            _ => plain_value(text, value_start, separator, role, &noun, &starts, out),
        }
    }
}

/// `setPassword`, `set_password`, `SetApiKey`, `cmo.setPasswordEncrypted`: a setter's name.
fn is_setter(key: &str) -> bool {
    let name = key.rsplit(['.', ':']).next().unwrap_or(key);
    let rest = name.strip_prefix("set").or_else(|| name.strip_prefix("Set"));
    rest.is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase() || c == '_'))
}

/// The separator after the key `text[start..end]` and where its value starts, in every syntax:
/// `key=x`, a flag's or directive's space (past the directive's options), a quoted pair, a
/// table row, a validation error's input, a `.netrc` entry, an XML element with attributes.
fn separation(
    text: &str,
    (start, end): (usize, usize),
    key: &str,
    (spaced, directive, tag): (bool, bool, bool),
    starts: &BTreeSet<usize>,
) -> Option<(Separator, usize)> {
    let after_key = if directive { skip_options(text, end) } else { end };
    separator_after(text, after_key, spaced, tag)
        .or_else(|| pair_after(text, start, end))
        .or_else(|| table_value(text, start, end, starts))
        .or_else(|| validation_input(text, start, end))
        .or_else(|| {
            // A `.netrc` entry's password follows a space, as a flag's value does.
            (key == "password" && netrc_entry_before(text, start))
                .then(|| separator_after(text, end, true, tag))
                .flatten()
        })
        .or_else(|| tag.then(|| attributes_end(text, end)).flatten())
}

/// Whether the key `text[start..end]` names a field or a file and holds nothing: inside a
/// template reference (`{{resolve:secretsmanager:x:SecretString:password}}`), a segment of an
/// absolute path before a colon (`-v /run/secrets:/run/secrets:ro`), or inside an object of
/// ciphertexts. `shapes` remembers whether the line holds ciphertexts or templates at all:
/// asked once, when a key first needs it, so most keys skip the look-arounds.
fn holds_nothing(
    text: &str,
    (start, end): (usize, usize),
    before: Option<char>,
    separated: Option<(Separator, usize)>,
    shapes: &mut Option<(bool, bool)>,
) -> bool {
    // (A Windows command's switch, `cmdkey /pass:x`, `appcmd /processModel.password:x`, is a
    // key: its `/` starts a word and its value is no path.)
    let switch = || {
        text[..start - 1]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
            && separated.is_some_and(|(_, at)| !text[at..].starts_with(['/', '\\', '~']))
    };
    let path_segment = before == Some('/')
        && separated.is_some_and(|(s, _)| s == Separator::Colon)
        && !switch()
        && absolute_path_before(text, start);
    if path_segment {
        return true;
    }
    let (ciphertexts, templates) = *shapes.get_or_insert_with(|| {
        let bytes = text.as_bytes();
        let ciphertexts = memchr::memmem::find(bytes, b"ncrypted").is_some()
            || memchr::memmem::find(bytes, b"iphertext").is_some();
        (ciphertexts, memchr::memmem::find(bytes, b"{{").is_some())
    });
    // Inside an object of ciphertexts only a value that looks encrypted is left: a plaintext
    // password there (`"encryptedData": {"password": "hunter2"}`) is still a password.
    let encrypted_value = || separated.is_some_and(|(_, at)| looks_encrypted(text, at));
    (templates && in_template(text, start, end))
        || (ciphertexts && inside_opaque_object(text, start) && encrypted_value())
}

/// Whether the value at `at` (after an optional quote) is a run of 32 or more base64
/// characters, as ciphertexts are written; shorter values may be plaintext.
fn looks_encrypted(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(['"', '\'']);
    rest.bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'_' | b'-'))
        .count()
        >= 32
}

/// A key with no separator: it may be another field's name (`"name": "DB_PASSWORD"`), or be
/// followed by a token after a space (`Splunk_Token 9f1c…`, `snyk auth <uuid>`).
fn unseparated(
    text: &str,
    (start, end): (usize, usize),
    key: &str,
    before: Option<char>,
    starts: &BTreeSet<usize>,
    out: &mut Vec<Finding>,
) {
    // (The cheap tests of the text around the key first: most mentions of a keyword in prose
    // have neither, and classifying a key allocates.)
    let sibling = names_another_field(text, start);
    let token = if sibling {
        None
    } else {
        directive_line_value(text, start, end)
            .or_else(|| typed_value(text, end))
            .or_else(|| spaced_token(text, end, strong_token))
            .or_else(|| prose_password(text, key, end))
            .or_else(|| set_variable_value(text, start, end))
    };
    // `API key x`, `using sdk key x` in prose: a bare `key` after a word that qualifies it as
    // a credential's, then a credential-shaped token. (Not a KMS or signing key's id, a UUID.)
    if !sibling
        && key.eq_ignore_ascii_case("key")
        && let Some(qualifier) = text[..start].strip_suffix(' ').and_then(|b| b.rsplit(' ').next())
        && KEY_QUALIFIERS.iter().any(|q| qualifier.eq_ignore_ascii_case(q))
        && let Some((v_start, v_end)) = spaced_token(text, end, keyed_credential)
        && !is_uuid(&text[v_start..v_end])
    {
        out.push(Finding::new(
            v_start,
            cut_at_findings(v_start, v_end, starts),
            "<redacted>",
        ));
        return;
    }
    // A bare `key` or `auth` names a secret only in a device's syntax, its value's storage type
    // or hash written before it (`key 7 x`, `auth sha x`).
    // (The cheap test first: most keys have no typed value after them.)
    if !sibling
        && let Some((v_start, v_end)) = typed_value(text, end)
        && device_key(key)
    {
        let v_end = cut_at_findings(v_start, v_end, starts);
        out.push(Finding::new(v_start, v_end, "<redacted>"));
        return;
    }
    if (sibling || token.is_some())
        && !in_arn(text, start)
        && !type_name_segment(text, start, before)
        && let Some((role, noun)) = classify(key, false)
        && role != Role::Plural
        && noun != "pat"
        // (A DSN's value is given after a separator; DB2's `DSN SYSTEM(x)` is a command.)
        && noun != "dsn"
        // (A matchmaker's ticket is named by a UUID: see `plain_value`.)
        && !(noun == "ticket" && token.is_some_and(|(s, e)| is_uuid(&text[s..e])))
    {
        if let Some((v_start, v_end)) = token {
            let v_end = cut_at_findings(v_start, v_end, starts);
            out.push(Finding::new(v_start, v_end, "<redacted>"));
        } else {
            sibling_values(text, end, Direction::Forward, role, starts, out);
        }
    }
}

/// The value of a key that names a secret, read after its separator: redacted unless it is
/// no secret (a placeholder, a reference, prose), or redirected to where the secret is (the
/// `value` of a structure, a GraphQL variable).
fn plain_value(
    text: &str,
    value_start: usize,
    separator: Separator,
    role: Role,
    noun: &str,
    starts: &BTreeSet<usize>,
    out: &mut Vec<Finding>,
) {
    // `--password <<< 'x'`: a shell's here-string feeds the flag its value.
    let value_start = match text[value_start..].strip_prefix("<<<") {
        Some(fed) if separator == Separator::Space => skip_spaces(text, text.len() - fed.len()),
        _ => value_start,
    };
    let Some((v_start, v_end, quoted)) = value(text, value_start, separator) else {
        return;
    };
    let v_end = if !quoted && matches!(noun, "signature" | "sig") {
        timed_signatures_end(text, v_start, v_end)
    } else {
        v_end
    };
    // `SecretStr('x')`, `Secret("x")`: the wrapped literal is the value; what an environment
    // lookup (`getenv("PGPASSWORD")`, `Sys.getenv`, `ENV.fetch`) is given is a variable's name.
    let callee = text[v_start..v_end].to_ascii_lowercase();
    if !quoted && callee.ends_with('(') && callee.contains("env") {
        return;
    }
    // Rust's `Option` printed by `Debug`: `Some(***)`, `Some(x)`: the wrapped value is judged.
    // (Cut at an earlier finding in it, `Some(` alone is what is left of it.)
    let (v_start, v_end) = match text[v_start..v_end].strip_prefix("Some(") {
        Some("") if !quoted && !text[v_end..].starts_with(['"', '\'']) => return,
        Some(inner) if !quoted && !inner.is_empty() => {
            (v_start + 5, v_end - usize::from(inner.ends_with(')')))
        }
        _ => (v_start, v_end),
    };
    let (v_start, v_end, quoted) = if !quoted && text[v_start..v_end].ends_with('(') {
        match value(text, v_end, separator) {
            Some(inner @ (_, _, true)) => inner,
            _ => (v_start, v_end, quoted),
        }
    } else {
        (v_start, v_end, quoted)
    };
    // WebLogic's encrypted value (`password={AES256}…`): a ciphertext, no structure.
    if super::tokens::WEBLOGIC_CIPHERTEXTS
        .iter()
        .any(|p| text[v_start..].starts_with(p))
    {
        return;
    }
    // A structure after the key (`"db_password": {"sensitive": true, "value":
    // "x"}`, Terraform's output): its `value` field holds the secret.
    if !quoted && text[v_start..v_end].starts_with('{') {
        // DynamoDB's typed value (`"password": {"S": "x"}`): the string is the secret.
        if let Some((t_start, t_end)) = typed_attribute(text, v_start) {
            let t_end = cut_at_findings(t_start, t_end, starts);
            if !keep(&text[t_start..t_end], true, role, noun, separator, &text[t_end..]) {
                out.push(Finding::new(t_start, t_end, "<redacted>"));
            }
            return;
        }
        sibling_values(text, v_start + 1, Direction::Forward, role, starts, out);
        return;
    }
    // Of a call's two arguments the second is the password, the first the user
    // (`db.auth('admin', 'x')`, MongoDB's shell).
    let (v_start, v_end) = if separator == Separator::Call {
        second_argument(text, v_end).unwrap_or((v_start, v_end))
    } else {
        (v_start, v_end)
    };
    // A call's argument is a credential when it looks like one (letters and
    // digits, no space): `get_secret('orders-db')` names one.
    if separator == Separator::Call && !credential_like(&text[v_start..v_end]) {
        return;
    }
    let whole_end = v_end;
    let v_end = cut_at_findings(v_start, v_end, starts);
    // Apache HttpClient's wire log writes a line's end as `[\r][\n]`: no part of the value.
    let v_end = text[v_start..v_end]
        .find("[\\r")
        .or_else(|| text[v_start..v_end].find("[\\n"))
        .map_or(v_end, |at| v_start + at);
    if v_end == v_start {
        return;
    }
    // A card's security code is 3 or 4 digits (`cvv check failed` is prose; in
    // `cvv :password => 'x'` the next key holds the secret). A key named `pat`
    // holds a token (16+ word characters), not another key's name or a pattern
    // (`file_pat: /var/log/*.log`).
    let value_text = &text[v_start..v_end];
    let card_code = (3..=4).contains(&value_text.len()) && value_text.bytes().all(|b| b.is_ascii_digit());
    if (matches!(noun, "cvv" | "cvc") && !card_code)
        || (noun == "pat" && (names_a_secret(value_text) || !token_like(value_text)))
        || (noun == "encrypt" && !key_bytes_base64(value_text))
        // A ticket that authenticates (Steam's session ticket, an agent's join ticket) is a long
        // random token; a support desk's is a short reference (`INC0012345`), a matchmaker's a
        // UUID that names it.
        || (noun == "ticket" && !(value_text.len() >= 32 && token_like(value_text) && !is_uuid(value_text)))
        || (noun == "sid" && resource_sid(value_text))
        || (noun == "pin" && !pin_shaped(value_text))
        // A DSN is a URL (its password is found as a URL's); only a Sentry DSN's key given
        // without its URL, 32 letters and digits (hex as Sentry writes it), is a secret by itself.
        || (noun == "dsn" && !(value_text.len() == 32 && value_text.bytes().all(|b| b.is_ascii_alphanumeric())))
    {
        return;
    }
    // `<password>x</password>` is XML only with its closing tag; a placeholder
    // (`<credentials>/x`) is followed by anything else.
    if separator == Separator::Tag && !text[v_end..].starts_with("</") {
        return;
    }
    // GraphQL: `password: $p` binds a variable; its value is in `"variables"`.
    if let Some(variable) = graphql_variable(text, &text[v_start..v_end]) {
        sibling_named(text, variable, starts, out);
        return;
    }
    let rest = &text[v_end..];
    if matches!(noun, "signature" | "sig") && published_signature(text, v_start) {
        return;
    }
    // `LOGIN PASSWORD :pw`: after a SQL keyword (capitals), a bind parameter's name glued to its
    // colon, not `password: pw`.
    let bind_parameter = !quoted
        && text[..v_start].strip_suffix(" :").is_some_and(|before| {
            let keyword = before.rsplit(' ').next().unwrap_or_default();
            !keyword.is_empty() && keyword.bytes().all(|b| b.is_ascii_uppercase())
        })
        && text[v_start..v_end]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase())
        && text[v_start..v_end]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if bind_parameter {
        return;
    }
    if !keep(&text[v_start..v_end], quoted, role, noun, separator, rest) {
        // A value cut at a finding inside it is judged by its part before that finding (all a
        // second pass reads) but redacted whole: what follows the finding is the value's too
        // (a password hash's `$salt$` before a long random word, its tail after a `.`).
        let end = if v_end < whole_end && starts.contains(&v_end) {
            whole_end
        } else {
            v_end
        };
        out.push(Finding::new(v_start, end, "<redacted>"));
    }
}

/// A PIN's value: 4 to 12 digits, or a PKCS #11 login's `<user>:<password>` (CloudHSM's crypto
/// user); `pin = true`, `pin: v1.2.3` and `pin_memory=1` are settings of other things.
fn pin_shaped(value: &str) -> bool {
    let digits = (4..=12).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit());
    let login = value.split_once(':').is_some_and(|(user, password)| {
        !user.is_empty()
            && user
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
            && password.len() >= 6
    });
    digits || login
}

/// Whether `key` names a source file and what follows its colon is a line number (`auth.c:760`,
/// `token_cache.go:88`, `SessionStore.java:41)`).
fn source_location(key: &str, after_separator: &str) -> bool {
    const SOURCE_FILES: [&str; 16] = [
        "c", "h", "cc", "cpp", "hpp", "go", "rs", "py", "rb", "java", "kt", "scala", "js", "ts", "cs", "php",
    ];
    let extension = key.rsplit_once('.').map_or("", |(_, extension)| extension);
    SOURCE_FILES.contains(&extension)
        && after_separator.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && after_separator
            .bytes()
            .find(|b| !b.is_ascii_digit())
            .is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// Is the value at `at` a quoted string that ends its statement (`"x";`)?
fn quoted_statement(text: &str, at: usize) -> bool {
    let rest = window(text, at);
    let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
        return false;
    };
    rest[1..]
        .find(quote)
        .is_some_and(|close| rest[1 + close + 1..].starts_with(';'))
}

/// The second and last argument of a call whose first, quoted, ends at `first_end`: `, 'x')`.
fn second_argument(text: &str, first_end: usize) -> Option<(usize, usize)> {
    let rest = &text[first_end..];
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let rest = rest[1..].strip_prefix(',')?.trim_start_matches(' ');
    let inner = rest.strip_prefix(quote)?;
    let close = inner.find(quote)?;
    inner[close + 1..].starts_with(')').then(|| {
        let start = text.len() - inner.len();
        (start, start + close)
    })
}

/// `v1=<hex>`, `v0=<hex>,v1=<hex>`, or those after Stripe's `t=<time>,`: signatures labelled
/// with their scheme's version, each passing `signature`.
fn versioned_signatures(value: &str, signature: impl Fn(&str) -> bool) -> bool {
    let signed = match value.strip_prefix("t=").and_then(|rest| rest.split_once(',')) {
        Some((time, signed)) if !time.is_empty() && time.bytes().all(|b| b.is_ascii_digit()) => signed,
        _ => value,
    };
    signed.split(',').all(|part| {
        part.strip_prefix('v')
            .and_then(|rest| rest.split_once('='))
            .is_some_and(|(version, hex)| {
                !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) && signature(hex)
            })
    })
}

/// Where a signature value that starts with its time ends: Stripe's `Stripe-Signature` header,
/// `t=<time>,v1=<hex>`, with more `,v<n>=<hex>` after (an older scheme's, a second secret's).
/// The signatures after the time are the value, not the next fields. Otherwise `v_end`.
fn timed_signatures_end(text: &str, v_start: usize, v_end: usize) -> usize {
    let timed = text[v_start..v_end]
        .strip_prefix("t=")
        .is_some_and(|time| !time.is_empty() && time.bytes().all(|b| b.is_ascii_digit()));
    if !timed {
        return v_end;
    }
    let mut end = v_end;
    while let Some(scheme) = text[end..].strip_prefix(",v") {
        let digits = scheme.bytes().take_while(u8::is_ascii_digit).count();
        let Some(signature) = scheme[digits..].strip_prefix('=').filter(|_| digits > 0) else {
            break;
        };
        let hex = signature.bytes().take_while(u8::is_ascii_hexdigit).count();
        if hex == 0 {
            break;
        }
        end += 2 + digits + 1 + hex;
    }
    end
}

/// Whether a signature at `at` is published with what verifies it: an SNS message's
/// `Signature` beside its `SigningCertURL`, a `DKIM-Signature` or ARC header's `b=` (the public
/// key is in DNS). Anyone may read them; they sign, they do not authenticate.
pub(super) fn published_signature(text: &str, at: usize) -> bool {
    // (A header's parameters fit in the bytes before; an SNS message's fields in a window.)
    let mut from = at.saturating_sub(MAX_VALUE_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (at + MAX_VALUE_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..at];
    let line = before
        .rfind('\n')
        .map_or(before, |i| &before[i + 1..])
        .trim_start();
    let signed_header = ["dkim-signature:", "arc-message-signature:", "arc-seal:"]
        .iter()
        .any(|h| line.len() >= h.len() && line.as_bytes()[..h.len()].eq_ignore_ascii_case(h.as_bytes()));
    let around = &text.as_bytes()[from..to];
    signed_header
        || memchr::memmem::find(around, b"SigningCertURL").is_some()
        || memchr::memmem::find(around, b"SigningCertUrl").is_some()
}

/// Whether `at` is inside an object whose key names ciphertexts (`"encryptedData": {"password":
/// "AgB…"}`, a SealedSecret): its values are encrypted, whatever their own keys say.
pub(super) fn inside_opaque_object(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(SIBLING_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(open) = text[from..at].rfind('{').map(|i| from + i) else {
        return inside_opaque_block(&text[from..at]);
    };
    if text[open..at].contains('}') {
        return false;
    }
    let before = text[..open].trim_end_matches([' ', ':', '"', '\'']);
    let len = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        .count();
    len > 0 && names_opaque(&before[before.len() - len..])
}

/// Whether the YAML line `before` ends in is nested under a key naming ciphertexts (a
/// SealedSecret's `encryptedData:` block): the first line before it that is indented less.
fn inside_opaque_block(before: &str) -> bool {
    // (Most text before a word is one line: no block.)
    if memchr::memchr(b'\n', before.as_bytes()).is_none() {
        return false;
    }
    let mut lines = before.rsplit('\n');
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let Some(own) = lines.next().map(indent) else {
        return false;
    };
    lines
        .filter(|line| !line.trim().is_empty())
        .find(|line| indent(line) < own)
        .and_then(|parent| parent.trim().strip_suffix(':'))
        .is_some_and(|key| names_opaque(key.trim_matches(['"', '\''])))
}

/// Whether the path holding the segment at `start` is absolute (`/run/secrets`, `~/.ssh/x`):
/// `config/db_password: x` is a key with a prefix.
fn absolute_path_before(text: &str, start: usize) -> bool {
    just_before(text, start)
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '=' | ':' | ','))
        .next()
        .is_some_and(|path| path.starts_with(['/', '~']))
}

/// How far around a key the rules of a line's shape (its start, a template's braces, a path's
/// start) look: a line of many keys costs a bounded read per key, not a read of the line.
const AROUND_BYTES: usize = 256;

/// `text[..at]`, at most its last [`AROUND_BYTES`] bytes (on a character boundary).
fn just_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(AROUND_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// `text[at..]`, at most its first [`AROUND_BYTES`] bytes, up to the line's end.
fn rest_of_line(text: &str, at: usize) -> &str {
    let mut to = (at + AROUND_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let rest = &text[at..to];
    rest.find('\n').map_or(rest, |i| &rest[..i])
}

/// Whether only spaces stand between the start of a line and `at`.
fn starts_its_line(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    before.is_empty() || before.ends_with('\n')
}

/// Whether an interactive shell's prompt alone comes before `at` on its line (Jasmin's `jcli`
/// sub-prompt `> `, `mysql> `, `redis> `): what follows was typed as a line of its own.
fn after_a_prompt(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line_start..at].trim();
    before.strip_suffix('>').is_some_and(|name| {
        name.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'>'))
    })
}

/// A row of a two-column table (`vault kv get`: `password    x`): the key at the start of its
/// line, two or more spaces, then one word that ends the line.
/// The row ends where another finding starts (`password  %3D-----BEGIN …`), as it ends at that
/// finding's placeholder on a second pass.
fn table_value(text: &str, start: usize, end: usize, starts: &BTreeSet<usize>) -> Option<(Separator, usize)> {
    if !text[end..].starts_with("  ") || !starts_its_line(text, start) {
        return None;
    }
    let value_start = skip_spaces(text, end);
    let line = rest_of_line(text, value_start);
    let line = &line[..cut_at_findings(value_start, value_start + line.len(), starts) - value_start];
    let value = line.trim_end();
    (!value.is_empty() && !value.contains(char::is_whitespace)).then_some((Separator::Space, value_start))
}

/// A validation error that names the field on its own line and quotes what it was given on the
/// next (pydantic: `password` then `  String should … [type=…, input_value='x', …]`).
fn validation_input(text: &str, start: usize, end: usize) -> Option<(Separator, usize)> {
    if !text[end..].starts_with('\n') || !starts_its_line(text, start) {
        return None;
    }
    let next = rest_of_line(text, end + 1);
    if !next.starts_with(' ') || !next.contains("[type=") {
        return None;
    }
    let at = next.find("input_value=")? + "input_value=".len();
    let value_start = end + 1 + at;
    text[value_start..]
        .starts_with(['\'', '"'])
        .then_some((Separator::Equals, value_start))
}

/// Past a directive's options (`rootpw --plaintext x`, `--iscrypted`): where its value's
/// separator is looked for.
fn skip_options(text: &str, end: usize) -> usize {
    let mut at = end;
    loop {
        let from = skip_spaces(text, at);
        let Some(option) = text[from..].strip_prefix("--") else {
            return at;
        };
        let len = option.bytes().take_while(u8::is_ascii_alphabetic).count();
        if len == 0 || !option[len..].starts_with([' ', '\t']) {
            return at;
        }
        at = from + 2 + len;
    }
}

/// A quoted pair (`('password', 'x')`, `["password", "x"]`: a Python list of tuples, a Ruby
/// array): the value is the quoted string after the key's quote and a comma.
fn pair_after(text: &str, start: usize, end: usize) -> Option<(Separator, usize)> {
    let quote = text[end..].chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let opened = text[..start].strip_suffix(quote)?;
    if !opened.trim_end_matches(' ').ends_with(['(', '[']) {
        return None;
    }
    let after = text[end + 1..].strip_prefix(',')?;
    let value_start = text.len() - after.trim_start_matches(' ').len();
    text[value_start..]
        .starts_with(['\'', '"'])
        .then_some((Separator::Equals, value_start))
}

/// Whether the key `text[start..end]` is inside a template reference (`{{resolve:ssm:…}}`,
/// `{{ vault_password }}`) on its line: it names where a value is, and holds none. (Quotes
/// inside make it a literal: `{{"password": "x"}}` is an escaped brace in a format string.)
fn in_template(text: &str, start: usize, end: usize) -> bool {
    let before = just_before(text, start);
    let before = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    let opened = before
        .rfind("{{")
        .is_some_and(|o| !before[o..].contains("}}") && !before[o..].contains(['"', '\'']));
    let after = rest_of_line(text, end);
    opened
        && after
            .find("}}")
            .is_some_and(|c| !after[..c].contains(['{', '"', '\'']))
}

/// The string of a DynamoDB typed value at `open` (`{"S": "x"}`), its quotes excluded.
fn typed_attribute(text: &str, open: usize) -> Option<(usize, usize)> {
    let rest = text[open + 1..].trim_start_matches(' ');
    // In JSON, or in Python's repr of a stream record (`{'S': 'x'}`).
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let rest = rest[1..]
        .strip_prefix('S')?
        .strip_prefix(quote)?
        .trim_start_matches(' ');
    let rest = rest.strip_prefix(':')?.trim_start_matches(' ');
    let inner = rest.strip_prefix(quote)?;
    let close = inner.find(quote)?;
    let v_start = text.len() - inner.len();
    Some((v_start, v_start + close))
}

/// Whether `value` is the base64 of a 16, 24 or 32-byte key (Consul's `encrypt`, an AES key).
fn key_bytes_base64(value: &str) -> bool {
    let body = value.trim_end_matches('=');
    let padding = value.len() - body.len();
    matches!((value.len(), padding), (24, 2) | (32, 0) | (44, 1))
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_'))
}

/// A resource SID (`SM` + 32 hex digits: a Twilio message, call or account; `AC…` the account,
/// `SK…` an API key's id): an id, not a session, nor the secret beside it.
pub(super) fn resource_sid(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 34
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..]
            .iter()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
}

/// Whether the key at `start` follows `<ns:` (an XML element with a namespace prefix,
/// `<wsse:Password>`).
fn namespace_tag_before(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(':') else {
        return false;
    };
    let prefix = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        .count();
    prefix > 0 && before[..before.len() - prefix].ends_with('<')
}

/// The end of an element's attributes after its name (`<wsse:Password Type="…">`): where its
/// content starts. A self-closing element has none.
fn attributes_end(text: &str, end: usize) -> Option<(Separator, usize)> {
    if !text[end..].starts_with(' ') {
        return None;
    }
    let rest = &text.as_bytes()[end..(end + 512).min(text.len())];
    let close = rest.iter().position(|b| matches!(b, b'>' | b'<' | b'\n'))?;
    (rest[close] == b'>' && rest[close - 1] != b'/').then_some((Separator::Tag, end + close + 1))
}

/// Whether the key at `start` is the last segment of a finding type's name
/// (`AttackSequence:IAM/CompromisedCredentials`, `UnauthorizedAccess:IAMUser/InstanceCredential
/// Exfiltration.OutsideAWS`): a capitalised word after `Purpose:Resource/`, not a key.
fn type_name_segment(text: &str, start: usize, before: Option<char>) -> bool {
    if before != Some('/') || !text[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let mut from = start.saturating_sub(64);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..start - 1];
    // (`rsplit`, not `rfind` and `+ 1`: the character before the name may take several bytes.)
    let head = head
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == ':'))
        .next()
        .unwrap_or(head);
    head.starts_with(|c: char| c.is_ascii_uppercase())
        && head.split_once(':').is_some_and(|(purpose, resource)| {
            !purpose.is_empty() && !resource.is_empty() && !resource.contains(':')
        })
}

/// Whether the key word at `start` is itself the value of a name field (`"name": "DB_PASSWORD"`,
/// `- name: DB_PASSWORD`, `ParameterKey=MasterUserPassword`, and a Hadoop-style configuration
/// property's `<name>db.password</name>` before its `<value>`).
fn names_another_field(text: &str, start: usize) -> bool {
    let before = &text[..start];
    if before.len() >= NAME_ELEMENT.len()
        && before.as_bytes()[before.len() - NAME_ELEMENT.len()..]
            .eq_ignore_ascii_case(NAME_ELEMENT.as_bytes())
    {
        return true;
    }
    // (A parameter's path, `"name": "/prod/reports/db-password"`: its last segment names it.)
    let before = if before.ends_with('/') {
        before.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'))
    } else {
        before
    };
    let before = before.strip_suffix(['"', '\'']).unwrap_or(before);
    let before = before.trim_end_matches([' ', '\t']);
    let Some(before) = before.strip_suffix([':', '=']) else {
        return false;
    };
    let before = before.trim_end_matches([' ', '\t']);
    let before = before.strip_suffix(['"', '\'']).unwrap_or(before);
    let len = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let name = &before[before.len() - len..];
    NAME_KEYS.iter().any(|k| name.eq_ignore_ascii_case(k))
}

/// The element naming a property in Hadoop's configuration XML (`core-site.xml`, Hive's, HBase's,
/// Oozie's `<property><name>x</name><value>y</value></property>`).
const NAME_ELEMENT: &str = "<name>";

/// Which way from an anchor its sibling fields are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Both,
}

/// The value of the `value` field (any of [`VALUE_KEYS`]) next to an anchor: the field after a
/// name that names a secret, or around a `SecureString` type. Only within the anchor's object:
/// the search stops at a brace or bracket, at the next list item (`- `), at the next name field,
/// and after [`SIBLING_BYTES`].
fn sibling_values(
    text: &str,
    from: usize,
    direction: Direction,
    role: Role,
    starts: &BTreeSet<usize>,
    out: &mut Vec<Finding>,
) {
    let bytes = text.as_bytes();
    let item_start = |i: usize| {
        bytes[i] == b'\n' && {
            let rest = &text[i + 1..];
            rest.trim_start_matches([' ', '\t']).starts_with("- ")
        }
    };
    let mut hi = (from + SIBLING_BYTES).min(text.len());
    if let Some(stop) = (from..hi).find(|&i| matches!(bytes[i], b'{' | b'}' | b'[' | b']') || item_start(i)) {
        hi = stop;
    }
    let mut lo = from;
    if direction == Direction::Both {
        lo = from.saturating_sub(SIBLING_BYTES);
        if let Some(stop) = (lo..from)
            .rev()
            .find(|&i| matches!(bytes[i], b'{' | b'}' | b'[' | b']'))
        {
            lo = stop + 1;
        }
    }
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-');
    let mut i = lo;
    while i < hi {
        if !word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let word_start = i;
        while i < hi && word_byte(bytes[i]) {
            i += 1;
        }
        let word = &text[word_start..i];
        let flag = word.starts_with("--");
        let name = word.trim_start_matches('-');
        // An element (`<value>y</value>`) as a field.
        let element = word_start > 0 && bytes[word_start - 1] == b'<';
        let Some((separator, value_start)) = separator_after(text, i, flag, element) else {
            continue;
        };
        if word_start > from && NAME_KEYS.iter().any(|k| name.eq_ignore_ascii_case(k)) {
            return;
        }
        if !VALUE_KEYS.iter().any(|k| name.eq_ignore_ascii_case(k)) {
            continue;
        }
        // A header's value named apart, as WAF and API Gateway log them (`{"name":
        // "Authorization", "value": "Bearer x"}`): read as that header is (its scheme and a
        // variable kept, a deleted cookie kept).
        match role {
            Role::Authorization => return authorization(text, value_start, starts, out),
            Role::Cookie => return cookies(text, value_start, starts, out),
            _ => {}
        }
        let Some((v_start, v_end, quoted)) = value(text, value_start, separator) else {
            continue;
        };
        let v_end = cut_at_findings(v_start, v_end, starts);
        if !keep(
            &text[v_start..v_end],
            quoted,
            Role::Secret,
            "password",
            separator,
            &text[v_end..],
        ) {
            out.push(Finding::new(v_start, v_end, "<redacted>"));
        }
        return;
    }
}

/// `SecureString` (an SSM parameter's type) and `"sensitive": true` (a Terraform output) at
/// each of `hits`: the `value` field of the same object or command is a secret.
pub(super) fn secure_values(text: &str, hits: &[usize], out: &mut Vec<Finding>) {
    let starts: BTreeSet<usize> = out.iter().map(|f| f.start).collect();
    let bytes = text.as_bytes();
    for &at in hits {
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let rest = &text[at..];
        let secure = if rest.len() >= 12 && rest[..12].eq_ignore_ascii_case("securestring") {
            Some(at + 12).filter(|&end| bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric()))
        } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case("sensitive") {
            let after = rest[9..].trim_start_matches(['"', '\'']).trim_start();
            after
                .strip_prefix([':', '='])
                .is_some_and(|v| v.trim_start().starts_with("true"))
                .then_some(at + 9)
        } else {
            None
        };
        if let Some(end) = secure {
            sibling_values(text, end, Direction::Both, Role::Secret, &starts, out);
        }
    }
}

/// A token after a secret key and a space (`Splunk_Token 9f1c…`, `snyk auth <uuid>`, `config set
/// private_api_key <uuid>`): only a value `shaped` like a credential ([`strong_token`]: a UUID,
/// 32+ hex digits, or 16+ characters mixing upper case, lower case and digits), never a word
/// of prose.
fn spaced_token(text: &str, end: usize, shaped: fn(&str) -> bool) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b' ') {
        return None;
    }
    let v_start = skip_spaces(text, end);
    // (Told in a sentence: `session_secret set to <hex>`, `token is <uuid>`.)
    let v_start = ["set to ", "is ", "was "]
        .iter()
        .find(|verb| text[v_start..].starts_with(**verb))
        .map_or(v_start, |verb| v_start + verb.len());
    let rest = window(text, v_start);
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-')))
        .unwrap_or(rest.len());
    // A key, not a value: `token expires_in=3600`, `auth mode: x`.
    if len == 0 || rest[len..].starts_with(['=', ':', '<']) {
        return None;
    }
    // A symbol inside the token (`Ab3…x$`, `Ab3…x!9`) is part of it, up to the next space or
    // quote; the shape is told by the word before it.
    let whole = if rest[len..].starts_with(|c: char| {
        !(c.is_whitespace() || matches!(c, '.' | ',' | ';' | ')' | ']' | '}' | '"' | '\'' | '\\'))
    }) {
        len + rest[len..]
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '\\'))
            .unwrap_or(rest.len() - len)
    } else {
        len
    };
    shaped(&rest[..len]).then_some((v_start, v_start + whole))
}

/// A network device's configuration names how a secret is stored, or the hash it keys, between
/// its key and its value (Cisco IOS, NX-OS and Arista EOS: `username ops password 0 x`, `enable
/// password 7 0822455D0A16`, `ntp authentication-key 8 md5 x`, `ip ospf message-digest-key 1 md5
/// x`, SNMPv3's `auth sha x`): type 0 is the secret in clear, type 7 a reversible encoding of it.
/// (Types 5, 8 and 9 are one-way hashes, and 6 an encryption under the device's own key.) A key
/// ending in `key` may be numbered first (a key chain's or a time server's key id).
fn typed_value(text: &str, end: usize) -> Option<(usize, usize)> {
    const TYPES: [&str; 10] = [
        "0", "7", "md5", "sha", "sha1", "sha-1", "sha256", "sha-256", "sha384", "sha512",
    ];
    fn typed(rest: &str) -> Option<&str> {
        rest.split_once(' ')
            .and_then(|(kind, value)| TYPES.contains(&kind).then_some(value))
    }
    let rest = text[end..].strip_prefix(' ')?;
    let id_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=5).contains(&id_len) && text[..end].to_ascii_lowercase().ends_with("key");
    let rest = numbered
        .then(|| rest[id_len..].strip_prefix(' ').and_then(typed))
        .flatten()
        .or_else(|| typed(rest))?;
    let v_start = text.len() - rest.len();
    // (A hex digest of the hash's length after its name is what was hashed, not a key: `token
    // sha256 <64 hex>`.)
    let digest_len = rest.bytes().take_while(u8::is_ascii_hexdigit).count();
    if [32, 40, 64, 96, 128].contains(&digest_len)
        && !rest[digest_len..].starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return None;
    }
    // (Ended by a quote or an escape as well: the command quoted in a JSON or Python string.)
    let len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '\\'))
        .unwrap_or(rest.len());
    let value = &rest[..len];
    // (A word of prose is not one: `password 0 of 3 attempts left`, `password 7 Days left`.)
    let prose = value
        .bytes()
        .enumerate()
        .all(|(i, b)| b.is_ascii_lowercase() || (i == 0 && b.is_ascii_uppercase()));
    (len > 0 && !prose && !value.starts_with(['<', '$', '{'])).then_some((v_start, v_start + len))
}

/// Whether `key` is one a device's typed value follows though it names no secret noun: a key
/// ending in `key` (TACACS+'s and RADIUS's `key 7 x`, OSPF's `message-digest-key 1 md5 x`),
/// SNMPv3's `auth`. (The type between them says the value is a secret.)
fn device_key(key: &str) -> bool {
    key.eq_ignore_ascii_case("auth")
        || (parts(key).last().is_some_and(|last| last == "key") && classify(key, false).is_none())
}

/// A password told in prose after its noun: `password is x`, `password was x`, `with password
/// [x]`, `password x rejected`. Only a word no prose is: ten characters or more, letters and
/// digits and a capital or a symbol, not a path, a reference or an address (`password
/// authentication failed`, `password for user app`, `password is too short` are sentences).
/// After `secret` (`verifying event … with secret tpwh_cCzm…`), only a generated token's shape:
/// a secret's name (`secret orders-api-key-2030`) is told after the same noun.
fn prose_password(text: &str, key: &str, end: usize) -> Option<(usize, usize)> {
    let secret = key.eq_ignore_ascii_case("secret");
    if !secret && !PASSWORDS.iter().any(|noun| key.eq_ignore_ascii_case(noun)) {
        return None;
    }
    let rest = text[end..].strip_prefix(' ')?;
    let rest = ["is ", "was "]
        .iter()
        .find_map(|verb| rest.strip_prefix(verb))
        .unwrap_or(rest);
    let (rest, bracketed) = match rest.strip_prefix('[') {
        Some(inside) => (inside, true),
        None => (rest, false),
    };
    let v_start = text.len() - rest.len();
    let len = rest
        .find(|c: char| c.is_whitespace() || (bracketed && c == ']'))
        .unwrap_or(rest.len());
    if bracketed && !rest[len..].starts_with(']') {
        return None;
    }
    let value = rest[..len].trim_end_matches(['.', ',', ';', ')', '\'', '"']);
    let bytes = value.as_bytes();
    let password = bytes.len() >= 10
        && !value.starts_with(['"', '\'', '<', '$', '{', '%', '/', '('])
        && !value.contains(['/', '@', '=', ':'])
        && bytes.iter().any(u8::is_ascii_alphabetic)
        && bytes.iter().any(u8::is_ascii_digit)
        && bytes
            .iter()
            .any(|b| b.is_ascii_uppercase() || b.is_ascii_punctuation());
    (password
        && (!secret || strong_token(value))
        && !keep(value, false, Role::Secret, "", Separator::Space, ""))
    .then_some((v_start, v_start + value.len()))
}

/// The value of a config file's directive, a line of two words, the key first: keepalived's
/// `auth_pass x`, Fluent Bit's `http_Passwd x`, `password x` (a `.netrc`'s last line). Only a
/// value no word of prose is: six characters or more, a letter and a digit, a symbol or a
/// capital after its first letter (`password changed`, `session closed` are sentences, `auth
/// 2026-11-21` a date).
fn directive_line_value(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if !(starts_its_line(text, start) || after_a_prompt(text, start)) || !text[end..].starts_with([' ', '\t'])
    {
        return None;
    }
    let v_start = end + text[end..].len() - text[end..].trim_start_matches([' ', '\t']).len();
    let line = &text[v_start..];
    let len = line.find(['\n', '\r']).unwrap_or(line.len());
    let value = line[..len].trim_end();
    // (`session expires_in=3600`: a field, not a value.)
    (!value.contains(|c: char| c.is_whitespace() || matches!(c, '=' | ':')) && unspaced_credential(value))
        .then_some((v_start, v_start + value.len()))
}

/// Whether a value after its key and a space is no word of prose: six characters or more, a
/// letter and a digit, a symbol or a capital after its first letter, not a quote, a reference or
/// a path (`password changed`, `auth 2026-11-21` are kept).
fn unspaced_credential(value: &str) -> bool {
    value.len() >= 6
        && !value.starts_with(['"', '\'', '<', '$', '{', '%', '/'])
        && value.bytes().any(|b| b.is_ascii_alphabetic())
        && (value
            .bytes()
            .any(|b| b.is_ascii_digit() || b.is_ascii_punctuation())
            || value.bytes().skip(1).any(|b| b.is_ascii_uppercase()))
        && !keep(value, false, Role::Secret, "", Separator::Space, "")
}

/// The value of a variable set by a directive of two words, the variable first: Apache's
/// `SetEnv DB_PASSWORD x`, a Dockerfile's `ENV DB_PASSWORD x`, csh's `setenv`.
fn set_variable_value(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let before = text[..start].strip_suffix([' ', '\t'])?.trim_end();
    let setter = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '\'' | '"' | '`'))
        .next()?;
    if !["setenv", "env"]
        .iter()
        .any(|word| setter.eq_ignore_ascii_case(word))
    {
        return None;
    }
    let v_start = skip_spaces(text, end);
    if v_start == end {
        return None;
    }
    let rest = window(text, v_start);
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    // (The directive quoted whole by a shell command: `echo 'SetEnv DB_PASSWORD x' >> f`.)
    let value = rest[..len].trim_end_matches(['\'', '"']);
    unspaced_credential(value).then_some((v_start, v_start + value.len()))
}

/// A key whose last word is `key` (`key`, `agent.key`, `FLAGSMITH_ENVIRONMENT_KEY`,
/// `validationKey`) and whose other words do not say what kind of non-secret key it is.
fn unqualified_key(key: &str) -> bool {
    let parts = parts(key);
    parts.last().is_some_and(|last| last == "key")
        && !parts[..parts.len() - 1]
            .iter()
            .any(|p| MEASURES.contains(&p.as_str()) || NOT_SECRET_KEYS.contains(&p.as_str()))
}

/// Does the sentence before a bare key, on its line, name a cache (`Cache restored from key:
/// npm-Linux-<hash>`, as CI caches log the key they restored or saved)? A cache's key is the hash
/// of what it holds, no credential.
fn names_a_cache_before(text: &str, start: usize) -> bool {
    let from = crate::log::level::floor_char_boundary(text, start.saturating_sub(40));
    let before = &text[from..start];
    let line = before.rsplit('\n').next().unwrap_or(before);
    // (The word, not `ElastiCache`.)
    let b = line.as_bytes();
    b.windows(5)
        .enumerate()
        .any(|(i, w)| w.eq_ignore_ascii_case(b"cache") && (i == 0 || !b[i - 1].is_ascii_alphabetic()))
}

/// What a key of a record, a cache or a store is (`cache_key`, `partition_key`): never a secret.
/// (Not `routing`: PagerDuty's `routing_key` is a credential, an AMQP one a dotted name that no
/// credential's shape matches.)
#[rustfmt::skip]
const NOT_SECRET_KEYS: &[&str] = &[
    "cache", "partition", "sort", "primary", "foreign", "object", "s3", "dedup",
    "deduplication", "public", "hash", "range", "shard", "row", "composite", "unique", "lookup",
    "index", "map", "group", "stream", "ordering", "correlation", "trace", "request", "message",
    "event", "idempotency", "natural", "surrogate", "join", "dict", "registry", "sequence",
    "publishable",
];

/// A URL's `?key=` (Google's APIs, deploy hooks): an API key by convention, shorter than a
/// credential elsewhere has to be; a word of 8 or more letters and digits that mixes cases
/// or has both, and no path or file name.
fn query_key(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() >= 8
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
        && ((b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase))
            || (b.iter().any(u8::is_ascii_digit) && b.iter().any(u8::is_ascii_alphabetic)))
}

/// The value of an unqualified key that is a credential: [`strong_token`], or a long random
/// word of letters and digits (`aprGEJoP5bImiYTgMlpwiODsiwzXQcFi`), never a path.
pub(super) fn keyed_credential(value: &str) -> bool {
    let b = value.as_bytes();
    let count = |f: fn(&u8) -> bool| b.iter().filter(|c| f(c)).count();
    let random_word = b.len() >= 20
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        && count(u8::is_ascii_uppercase) >= 3
        && count(u8::is_ascii_lowercase) >= 3
        && count(u8::is_ascii_digit) >= 1;
    // `service:graph:<token>` (a prefixed credential): its last part decides, when it mixes
    // cases and digits (a digest after a prefix, `quote:<sha1>`, is a cache key's).
    let last = value.rsplit(':').next().unwrap_or(value);
    if last.len() < value.len() {
        let l = last.as_bytes();
        let mixed = l.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
            && l.iter().filter(|c| c.is_ascii_lowercase()).count() >= 2
            && l.iter().any(u8::is_ascii_digit);
        return !value.contains(['/', '\\']) && last.len() >= 16 && mixed && keyed_credential(last);
    }
    // A long run of lower-case letters and digits (`standard_e04bff82…`).
    let long_random = b.len() >= 32
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
        && count(u8::is_ascii_digit) >= 6
        && count(u8::is_ascii_alphabetic) >= 6;
    // (A DynamoDB `last_evaluated_key` is a table's key in base64 JSON: data, not a secret.)
    !value.contains(['/', '\\'])
        && (strong_token(value) || random_word || long_random)
        && !super::tokens::json_without_secrets(value)
}

/// `0f8e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b`: 32 hex digits in the 8-4-4-4-12 groups of a UUID.
pub(super) fn is_uuid(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                *c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// A UUID, 32 or more hex digits, or 16 or more characters with at least two each of upper
/// case, lower case and digits.
fn strong_token(value: &str) -> bool {
    let b = value.as_bytes();
    let uuid = is_uuid(value);
    // (A run of decimal digits alone is a number: CloudWatch Logs' sequence token, a count.)
    let hex = b.len() >= 32
        && b.iter().all(u8::is_ascii_hexdigit)
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().any(u8::is_ascii_alphabetic);
    let count = |f: fn(&u8) -> bool| b.iter().filter(|c| f(c)).count();
    let mixed = b.len() >= 16
        && count(u8::is_ascii_uppercase) >= 2
        && count(u8::is_ascii_lowercase) >= 2
        && count(u8::is_ascii_digit) >= 2;
    uuid || hex || mixed
}

/// Whether a call's argument looks like a credential: 8 or more characters, letters and digits,
/// no space.
pub(super) fn credential_like(value: &str) -> bool {
    value.len() >= 8
        && !value.contains(char::is_whitespace)
        && value.bytes().any(|b| b.is_ascii_alphabetic())
        && value.bytes().any(|b| b.is_ascii_digit())
}

/// Where the value starts when it is alone on the line after its key (`password:` then a more
/// indented `x`, a pprint-wrapped `'password':` then `'x',`): a single word or quoted string,
/// not a nested mapping, a list or a stack frame.
///
/// The line ends where another finding starts (`%3D-----BEGIN …`), as it ends at that finding's
/// placeholder on a second pass.
fn next_line_value(
    text: &str,
    key_start: usize,
    value_start: usize,
    separator: Separator,
    starts: &BTreeSet<usize>,
) -> Option<usize> {
    if !matches!(separator, Separator::Colon | Separator::Equals | Separator::Arrow) {
        return None;
    }
    let after = text[value_start..]
        .strip_prefix('\r')
        .unwrap_or(&text[value_start..]);
    let after = after.strip_prefix('\n')?;
    let line_start = text[..key_start].rfind('\n').map_or(0, |i| i + 1);
    let indent = |line: &str| line.len() - line.trim_start_matches([' ', '\t']).len();
    let key_indent = indent(&text[line_start..key_start]);
    let next_indent = indent(after);
    let content_start = text.len() - after.len() + next_indent;
    let line = after[next_indent..].split('\n').next().unwrap_or("");
    let line = &line[..cut_at_findings(content_start, content_start + line.len(), starts) - content_start];
    let content = line.trim_end().trim_end_matches(',');
    let var_dump = separator == Separator::Arrow && content.starts_with("string(");
    if next_indent <= key_indent && !var_dump {
        return None;
    }
    let quoted = content.len() >= 2
        && content.starts_with(['\'', '"'])
        && content.ends_with(&content[..1])
        && !content[1..content.len() - 1].contains(&content[..1]);
    let word = !content.is_empty()
        && !content.contains(char::is_whitespace)
        && !content.starts_with(['-', '{', '[', '#', '|', '>'])
        && !content.ends_with(':');
    (quoted || word || var_dump).then_some(content_start)
}

/// Past PHP `var_dump`'s type (`string(16) `) at `start`, after `=>`.
fn skip_var_dump_type(text: &str, start: usize, separator: Separator) -> usize {
    if separator != Separator::Arrow {
        return start;
    }
    let Some(rest) = text[start..].strip_prefix("string(") else {
        return start;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && rest[digits..].starts_with(") ") {
        start + "string(".len() + digits + 2
    } else {
        start
    }
}

/// The variable a GraphQL argument binds (`$p` in `password: $p`), when the document carries
/// its `"variables"`.
fn graphql_variable<'a>(text: &str, value: &'a str) -> Option<(usize, &'a str)> {
    let name = value.strip_prefix('$')?;
    let identifier = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let variables = memchr::memmem::find(text.as_bytes(), b"\"variables\"")?;
    identifier.then_some((variables, name))
}

/// The value of the field `"name"` after `from` (a GraphQL document's `"variables"`).
fn sibling_named(text: &str, (from, name): (usize, &str), starts: &BTreeSet<usize>, out: &mut Vec<Finding>) {
    let quoted = format!("\"{name}\"");
    let region = window(text, from);
    let Some(at) = memchr::memmem::find(region.as_bytes(), quoted.as_bytes()) else {
        return;
    };
    let key_end = from + at + quoted.len() - 1;
    let Some((separator, value_start)) = separator_after(text, key_end, false, false) else {
        return;
    };
    if let Some((v_start, v_end, quoted)) = value(text, value_start, separator) {
        let v_end = cut_at_findings(v_start, v_end, starts);
        if !keep(
            &text[v_start..v_end],
            quoted,
            Role::Secret,
            "password",
            separator,
            &text[v_end..],
        ) {
            out.push(Finding::new(v_start, v_end, "<redacted>"));
        }
    }
}

/// Config directives whose value follows a space and is a password: Redis' `requirepass x`
/// and `masterauth x` (compared ignoring ASCII case).
/// Kickstart's `rootpw [--plaintext] x` and HAProxy's userlist `insecure-password x` too.
const DIRECTIVES: &[&str] = &["requirepass", "masterauth", "rootpw", "insecure-password"];

/// The keys of a card's security code (`cvv 123`, `CVC2: 4321`).
const CARD_CODES: &[&str] = &["cvv", "cvc", "cvv2", "cvc2"];

/// How far before a `password` a `.netrc` entry's `machine` is looked for.
const NETRC_BYTES: usize = 512;

/// Whether the words before `start` are a `.netrc` entry up to its password: `machine <host>`
/// or `default`, then any of `login <user>`, `account <x>`, `port <n>`. (Only there is
/// `password <value>` without a separator a password: `login failed password attempts` is
/// prose.)
fn netrc_entry_before(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(NETRC_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut words = text[from..start].split_whitespace().rev();
    loop {
        let Some(word) = words.next() else {
            return false;
        };
        if word == "default" {
            return true;
        }
        match words.next() {
            Some("machine") => return true,
            Some("login" | "account" | "port") => {}
            _ => return false,
        }
    }
}

/// Whether the word ending at `start` (after a `:`) is the start of an ARN
/// (`arn:aws:secretsmanager:eu-west-1:123456789012:` before `secret:name`). At most 128 bytes
/// are read back: an ARN's partition, service, Region and account are shorter.
fn in_arn(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(128);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // (Split, not `rfind` and one byte on: the space before may be a multi-byte one.)
    text[from..start]
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '=' | ',' | '(' | '[' | '{'))
        .next()
        .is_some_and(|word| word.starts_with("arn:"))
}

/// Parts that name a digest (compared lower case, trailing digits trimmed: `sha256` is `sha`).
#[rustfmt::skip]
const DIGESTS: &[&str] = &[
    "sha", "md", "hash", "digest", "checksum", "crc", "etag", "integrity", "fingerprint",
    // PKCE's `code_challenge`: the SHA-256 of the verifier, sent in the URL by design.
    "challenge",
];

/// Whether `key` names a digest of something (`CodeSha256`, `ETag`, `content_md5`) and no
/// secret (`password_hash` stays a secret).
pub(super) fn names_a_digest(key: &str) -> bool {
    parts(key).iter().any(|p| DIGESTS.contains(&p.as_str())) && !names_a_secret(key)
}

/// Parts that name a value which is opaque but no secret: a ciphertext (`CiphertextBlob`,
/// `encryptedData`), a public key (`PublicKey`), a cursor or a handle (`ShardIterator`,
/// `ReceiptHandle`).
const OPAQUE: &[&str] = &[
    "ciphertext",
    "encrypted",
    "public",
    "publickey",
    "iterator",
    "handle",
];

/// Whether `key` names an opaque value that is no secret (see [`OPAQUE`]), and no secret.
pub(super) fn names_opaque(key: &str) -> bool {
    parts(key).iter().any(|p| OPAQUE.contains(&p.as_str())) && !names_a_secret(key)
}

/// Whether `value` looks like a token: 16 or more letters, digits, `_`, `-` or `.`.
fn token_like(value: &str) -> bool {
    value.len() >= 16
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// Whether a value in a password's place plainly cannot be one (`null`, `********`, a
/// placeholder, a status word such as `started`): the tests of [`keep`].
pub(super) fn cannot_be_a_password(value: &str) -> bool {
    keep(value, false, Role::Secret, "password", Separator::Equals, "")
}

/// Whether `key` names a secret (`db_password`, `X-Api-Key`), not merely mentions one.
pub(super) fn names_a_secret(key: &str) -> bool {
    classify(key, false).is_some()
}

pub(super) fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// The whole key word around a keyword hit (`db_password`, `--password`, `X-Api-Key`).
fn key_bounds(text: &str, hit_start: usize, hit_end: usize) -> (usize, usize) {
    let start = text[..hit_start]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_key_char(*c))
        .last()
        .map_or(hit_start, |(i, _)| i);
    let end = text[hit_end..]
        .find(|c: char| !is_key_char(c))
        .map_or(text.len(), |i| hit_end + i);
    // A sentence's full stop or a dash is not part of the key.
    let key = text[start..end].trim_end_matches(['.', '-']);
    (start, start + key.len().max(hit_end - start))
}

/// Where a key of two words separated by a space ends, as a table of a CLI's output writes its
/// keys (Nomad's and Consul's `Secret ID    = <token>`, beside `Accessor ID  = <id>`): the
/// second word is short, letters only, and a `=` or a `:` follows it. (Not an element's
/// attribute, `<wsse:Password Type="…">`: its value is quoted right after the `=`.)
fn spaced_key_end(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let word = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let after = rest[word..].trim_start_matches(' ');
    let attribute = after.starts_with("=\"") || after.starts_with("='");
    let separator = (after.starts_with('=') && !after.starts_with("==") && !attribute)
        || (after.starts_with(':') && !after.starts_with("://"));
    ((2..=6).contains(&word) && rest.as_bytes()[0].is_ascii_uppercase() && separator)
        .then_some(end + 1 + word)
}

/// The key's parts, lower case, without trailing digits: `accessToken2` → `access`, `token`;
/// `X-API-Key` → `x`, `api`, `key`.
fn parts(key: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = key.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
            continue;
        }
        let previous = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1);
        // (After a digit too when a word follows: `tokenSha256Prefix` → `token`, `sha256`, `prefix`.)
        let camel = c.is_uppercase()
            && (previous.is_some_and(char::is_lowercase)
                || (previous.is_some_and(|p| p.is_uppercase() || p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_lowercase())));
        if camel && !current.is_empty() {
            parts.push(std::mem::take(&mut current));
        }
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        parts.push(current);
    }
    for part in &mut parts {
        let trimmed = part.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if trimmed > 0 {
            part.truncate(trimmed);
        }
    }
    parts
}

/// Whether `key` names a secret, and the noun part that says so.
fn classify(key: &str, query: bool) -> Option<(Role, String)> {
    // (Also the last part of a setting's path: `integrations.x-honeycomb-team`.)
    let last_part = key.rsplit(['.', ':']).next().unwrap_or(key);
    if SECRET_KEYS.iter().any(|k| last_part.eq_ignore_ascii_case(k)) {
        return Some((Role::Secret, "token".to_owned()));
    }
    // .NET's strong name (`PublicKeyToken=31bf3856ad364e35`): a digest of a public key. SigV4's
    // `X-Amz-Credential`: an access key's id and the request's scope, in the clear in every
    // presigned URL (its `X-Amz-Signature` and `X-Amz-Security-Token` are the secrets).
    if key.eq_ignore_ascii_case("publickeytoken") || key.eq_ignore_ascii_case("x-amz-credential") {
        return None;
    }
    // A setting's path (`auth.username`, `auth.existingSecret`, `db.password.file`): its last
    // part names the setting, an earlier one only its section. (Not a file's name, a Secret's
    // `credentials.json`, nor a bare `key` after what it is: `api.key`.)
    // (A noun of the section that only the section describes is not the setting's: in
    // `credentials.static-provider.secret-access-key` the setting's own noun decides.)
    let mut setting_parts_from = 0;
    if let Some((section, last)) = key.rsplit_once('.') {
        const FILE_TYPES: [&str; 15] = [
            "json", "yaml", "yml", "txt", "pem", "crt", "cer", "key", "env", "conf", "cfg", "ini", "xml",
            "p12", "pfx",
        ];
        // (Nor a slot that holds the setting's own value, `token.value`, `password.plain`, or its
        // hash, `password.hash`: the section's noun decides, as in one word.)
        #[rustfmt::skip]
        const VALUE_SLOTS: [&str; 21] = [
            "value", "val", "values", "data", "raw", "plain", "plaintext", "cleartext", "current", "new",
            "old", "previous", "string", "text", "content", "literal", "encoded", "decoded", "hash",
            "hashed", "digest",
        ];
        let file_or_value = FILE_TYPES
            .iter()
            .chain(VALUE_SLOTS.iter())
            .any(|t| last.eq_ignore_ascii_case(t));
        // (A suffix of digits is an instance's, `JSESSIONID.322c4114`; nor is a letter or two a
        // setting's name, `session.id`, `token.x`.)
        let word = last.len() >= 3
            && last.starts_with(|c: char| c.is_ascii_alphabetic())
            && !last.bytes().any(|b| b.is_ascii_digit());
        if word && !file_or_value && !last.contains(':') {
            classify(last, query)?;
            setting_parts_from = parts(section).len();
        }
    }
    let parts = parts(key);
    for (i, part) in parts.iter().enumerate() {
        let before = &parts[..i];
        let after = &parts[i + 1..];
        let Some(role) = noun(part, before, query && parts.len() == 1) else {
            continue;
        };
        // `auth_password`, `auth_token`: whose secret it is, the secret named after it.
        if role == Role::Authorization
            && after
                .iter()
                .enumerate()
                .any(|(j, p)| noun(p, &parts[..=i + j], false) == Some(Role::Secret))
        {
            continue;
        }
        // (A measure counts tokens or keys, or names a token that grants nothing; a secret or
        // a password after one is still one: `IDEMPOTENCY_HASH_SECRET`, an HMAC key.)
        let secret_itself = part == "secret" || part == "pin" || PASSWORDS.contains(&part.as_str());
        let measured = |p: &String| MEASURES.contains(&p.as_str()) && !(secret_itself && p != "existing");
        // (A key's qualifier right before the noun makes it a credential whatever came first:
        // `device_hmac_key`, `device_auth_token`.)
        let qualified_noun = before
            .last()
            .is_some_and(|q| KEY_QUALIFIERS.iter().any(|k| q.ends_with(k)));
        if before
            .iter()
            .any(|p| (measured(p) && !qualified_noun) || PUBLIC.contains(&p.as_str()))
        {
            return None;
        }
        // A session's id is the session's secret (`session_id`, `ASP.NET_SessionId`).
        let session = part.contains("sess") || part == "sid";
        // A digest of a random secret (`session_id_hash`) is no secret; a password's hash can
        // be cracked and stays one.
        let hashed = |p: &str| matches!(p, "hash" | "digest" | "sha") && !PASSWORDS.contains(&part.as_str());
        // (Also the noun and a descriptor written as one word: `auth.authmethod`.)
        let glued = |p: &str| {
            DESCRIPTORS.iter().any(|d| {
                d.len() >= 4
                    && p.strip_suffix(d).is_some_and(|noun_part| {
                        !noun_part.is_empty() && noun(noun_part, &[], false).is_some()
                    })
            })
        };
        let describing = |p: &String| {
            (DESCRIPTORS.contains(&p.as_str()) && !(session && (p == "id" || p == "ids")))
                || hashed(p)
                || glued(p)
        };
        if i < setting_parts_from {
            let (in_section, in_setting) = after.split_at(setting_parts_from - i - 1);
            if in_section.iter().any(describing) && !in_setting.iter().any(describing) {
                continue;
            }
        }
        if after.iter().any(describing) {
            // A key about this noun may still end with the secret itself (`token_client_secret`:
            // the token client's secret; `userPasswordKey` names where a password is kept).
            let ends_with_the_secret = after
                .last()
                .is_some_and(|p| p == "secret" || PASSWORDS.contains(&p.as_str()));
            if ends_with_the_secret {
                continue;
            }
            return None;
        }
        return Some((role, part.clone()));
    }
    None
}

/// Whether `key` names material public by design (`STRIPE_PUBLISHABLE_KEY`, `public_key`).
pub(super) fn names_public(key: &str) -> bool {
    parts(key).iter().any(|p| PUBLIC.contains(&p.as_str()))
}

/// Whether a field named `key` holds a secret value (`password`, `imapPassword`, `api_key`;
/// not `password_length` nor `tokens`): what a column of a SQL statement is judged by.
pub(super) fn holds_a_secret(key: &str) -> bool {
    classify(key, false).is_some_and(|(role, _)| role == Role::Secret)
}

/// Whether `key` has a secret noun but is about the secret, not the secret (`NextToken`,
/// `token_type`, `secret_name`).
pub(super) fn mentions_but_not_secret(key: &str) -> bool {
    let parts = parts(key);
    let has_noun = parts
        .iter()
        .enumerate()
        .any(|(i, part)| noun(part, &parts[..i], false).is_some());
    has_noun && classify(key, false).is_none()
}

fn noun(part: &str, before: &[String], query_code: bool) -> Option<Role> {
    let qualified = |q: &str| KEY_QUALIFIERS.iter().any(|k| q.ends_with(k));
    match part {
        "authorization" | "auth" => Some(Role::Authorization),
        // An HTTP scheme's credentials glued to its name (Solr's `-Dbasicauth=user:password`, a
        // Java system property: `-D` joins the part).
        _ if part.strip_suffix("auth").is_some_and(|scheme| {
            ["basic", "http", "proxy", "digest"]
                .iter()
                .any(|name| scheme.ends_with(name))
        }) =>
        {
            Some(Role::Authorization)
        }
        "cookie" | "cookies" => Some(Role::Cookie),
        "tokens" | "secrets" | "passwords" => Some(Role::Plural),
        "code" => query_code.then_some(Role::Secret),
        "key" => before
            .last()
            .is_some_and(|q| qualified(q))
            .then_some(Role::Secret),
        // WildFly's `credential-reference={clear-text="x"}`: the password in the clear.
        "text" => (before.last().map(String::as_str) == Some("clear")).then_some(Role::Secret),
        _ if NOUNS.contains(&part) => Some(Role::Secret),
        _ if NOUN_ENDINGS.iter().any(|n| part.ends_with(n)) => Some(Role::Secret),
        // `dbpass` (Moodle's `$CFG->dbpass`), `adminpass`, `smtppass`: whose password, glued to
        // `pass` (not `bypass`, `compass`, `lowpass`).
        _ if part.len() > 4 && part.ends_with("pass") && PASS_OWNERS.contains(&&part[..part.len() - 4]) => {
            Some(Role::Secret)
        }
        // `apikey`, `AccountKey` written as one lower-case word.
        _ if part.len() > 3 && part.ends_with("key") && qualified(&part[..part.len() - 3]) => {
            Some(Role::Secret)
        }
        _ => None,
    }
}

fn skip_spaces(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| !(c == ' ' || c == '\t' || c == '\u{a0}' || c == '\u{202f}' || c == '\u{3000}'))
        .map_or(text.len(), |i| from + i)
}

/// The separator after a key ending at `end`, and where the value starts.
fn separator_after(text: &str, end: usize, flag: bool, tag: bool) -> Option<(Separator, usize)> {
    let bytes = text.as_bytes();
    let mut i = end;
    // The key's closing quote or bracket: `"password":`, `params[password]=`, PHP's
    // `["password"]=>`.
    if matches!(bytes.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    if bytes.get(i) == Some(&b']') {
        i += 1;
    }
    let unspaced = i;
    i = skip_spaces(text, i);
    let rest = &text[i..];
    let (separator, len) = if tag && rest.starts_with('>') && i == unspaced {
        (Separator::Tag, 1)
    } else if rest.starts_with("=>") || rest.starts_with("->") {
        (Separator::Arrow, 2)
    } else if rest.starts_with('=') && !rest.starts_with("==") {
        (Separator::Equals, 1)
    } else if rest.starts_with(':') && !rest.starts_with("::") {
        (Separator::Colon, 1)
    } else if rest.starts_with('：') {
        (Separator::Colon, '：'.len_utf8())
    } else if flag && i > unspaced && !rest.starts_with('-') && !rest.is_empty() {
        (Separator::Space, 0)
    } else if i > unspaced && rest.starts_with(['\'', '"']) && !tag {
        (Separator::SpaceQuoted, 0)
    } else if i == unspaced && (rest.starts_with("('") || rest.starts_with("(\"")) {
        (Separator::Call, 1)
    } else {
        return None;
    };
    i += len;
    if separator != Separator::Tag {
        i = skip_spaces(text, i);
    }
    (i < text.len()).then_some((separator, i))
}

/// A value is looked for in at most this many bytes after its key: every search stays
/// bounded however long the line and however many keys it holds.
const MAX_VALUE_BYTES: usize = 4096;

/// `text[start..]`, cut to [`MAX_VALUE_BYTES`] (on a character boundary).
/// Where the next header named `name` (any case, e.g. `Set-Cookie` for `cookie`) starts in a
/// header's value `rest`, or its end. A header's value ends there at the latest: only that far
/// is searched, or a line of many headers would be read once per header (quadratic).
/// Only a header counts (`Cookie:`, `Set-Cookie:`, the name followed by a colon), not a value
/// that holds the word (`Cookie: mycookie=...`).
fn next_header(rest: &str, name: &[u8]) -> usize {
    let bytes = rest.as_bytes();
    let mut from = 1;
    while let Some(at) = bytes.get(from..).and_then(|tail| {
        tail.windows(name.len())
            .position(|w| w.eq_ignore_ascii_case(name))
    }) {
        let i = from + at;
        let end = i + name.len();
        let header_start = rest[..i]
            .char_indices()
            .rev()
            .find(|(_, c)| !is_key_char(*c))
            .map_or(0, |(j, c)| j + c.len_utf8());
        if header_start > 0 && rest[end..].trim_start_matches(' ').starts_with(':') {
            return header_start;
        }
        from = end;
    }
    rest.len()
}

fn window(text: &str, start: usize) -> &str {
    let mut end = (start + MAX_VALUE_BYTES).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// A value's end, brought back to where another finding starts inside it (`ghp_…` in
/// `?code=ghp_…`): on a second pass the value stops at that finding's placeholder, so the
/// first pass must decide on the same text.
fn cut_at_findings(start: usize, end: usize, starts: &BTreeSet<usize>) -> usize {
    starts
        .range(start + 1..end.max(start + 1))
        .next()
        .copied()
        .unwrap_or(end)
}

fn is_terminator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';'
                | '&'
                | '"'
                | '\''
                | ')'
                | '}'
                | ']'
                | '<'
                | '，'
                | '。'
                | '；'
                | '、'
                | '）'
                | '」'
                | '』'
                | '】'
        )
}

/// The value starting at `start`: inside its quotes, or up to the next terminator.
/// Returns (start, end, quoted).
fn value(text: &str, start: usize, separator: Separator) -> Option<(usize, usize, bool)> {
    let rest = window(text, start);
    let first = rest.chars().next()?;
    // ODBC's `Pwd={x};`: braces quote a value, closed before `;` or the end.
    if first == '{'
        && separator == Separator::Equals
        && let Some(close) = rest.find('}')
    {
        let inner = &rest[1..close];
        let closed = rest[close + 1..]
            .chars()
            .next()
            .is_none_or(|c| c == ';' || is_terminator(c));
        if closed && !inner.is_empty() && !inner.contains(['"', '{', '\n', ':']) {
            return Some((start + 1, start + close, true));
        }
    }
    // A map of lists printed whole, one value in its brackets: Spring's `headers={X-Api-Key:[x],
    // ...}`, Java's `{api-key=[x]}`. (A list of several values is read by the sibling rules.)
    if first == '['
        && matches!(separator, Separator::Colon | Separator::Equals)
        && let Some(close) = rest.find(']')
    {
        let inner = &rest[1..close];
        // (PowerShell's type literal, `[pscredential]::new(…)`, is code.)
        let type_literal = rest[close + 1..].starts_with("::");
        if !inner.is_empty() && !inner.contains(['"', '\'', '[', ',', '\n', ' ']) && !type_literal {
            return Some((start + 1, start + close, true));
        }
    }
    // SQL Server's Unicode literal (`PASSWORD = N'x'`).
    if first == 'N' && separator == Separator::Equals && rest[1..].starts_with('\'') {
        return value(text, start + 1, separator);
    }
    // Python's bytes and unicode literals, as `repr` prints them (`password=b'x'`, `u'x'`).
    if matches!(first, 'b' | 'u')
        && matches!(separator, Separator::Equals | Separator::Colon)
        && rest[1..].starts_with(['\'', '"'])
    {
        return value(text, start + 1, separator);
    }
    if matches!(first, '"' | '\'') && separator != Separator::Tag {
        let inner = start + 1;
        let mut escaped = false;
        for (i, c) in rest[1..].char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                c if c == first && !escaped => return Some((inner, inner + i, true)),
                // A quote that a line break comes before closing was no value's opening: it
                // closed a string the key was in (expect's `expect "password:"`).
                '\n' => break,
                _ => escaped = false,
            }
        }
        // No closing quote: the value runs to the next terminator.
        let len = rest[1..].find(is_terminator).unwrap_or(rest.len() - 1);
        return (len > 0).then_some((inner, inner + len, false));
    }
    // A password hash in the PHC string format (`$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>`,
    // `$scrypt$ln=16,r=8,p=1$…`): the commas between its parameters are part of it.
    let phc = first == '$'
        && rest[1..].find('$').is_some_and(|end| {
            end > 0
                && rest[1..1 + end]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
    let len = if phc {
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ';' | '&' | ')' | '}' | ']' | '<'))
            .unwrap_or(rest.len());
        rest[..end].trim_end_matches([',', '.']).len()
    } else {
        rest.find(is_terminator).unwrap_or(rest.len())
    };
    let len = match separator {
        Separator::Equals | Separator::Colon => through_glued_closers(rest, len),
        _ => len,
    };
    (len > 0).then_some((start, start + len, false))
}

/// Where a value that a closing bracket or `&` seems to end really ends. Generated secrets hold
/// them (Django's `SECRET_KEY=ab)f8*9m)x&=q`): one glued to more letters or digits, with no other
/// key (`&user=x`, `),host:y`) before the next space, is part of the value. Closers at its very
/// end stay out (`(password=x)`, `{token=x}]`).
fn through_glued_closers(rest: &str, len: usize) -> usize {
    if !rest[len..].starts_with(['&', ')', ']', '}']) {
        return len;
    }
    let token_end = rest[len..]
        .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | ','))
        .map_or(rest.len(), |at| len + at);
    let tail = rest[len..token_end].trim_end_matches([')', ']', '}', ';', '.', '&']);
    let another_key = tail.contains(':')
        || tail.as_bytes().windows(2).any(|pair| {
            pair[1] == b'=' && (pair[0].is_ascii_alphanumeric() || matches!(pair[0], b'_' | b'-' | b'.'))
        });
    if another_key || !tail.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return len;
    }
    len + tail.len()
}

/// Whether a value is what a logger printed instead of a secret: a mask that says so in words
/// (Ansible's `VALUE_SPECIFIED_IN_NO_LOG_PARAMETER`, Chef's `*sensitive value suppressed*`,
/// `(redacted)`, `[FILTERED]`, `[PROTECTED]`). A password spelled like that would have a digit.
pub(super) fn already_masked(value: &str) -> bool {
    // A mask that counts what it hid (`eyJraWQiOi...<redacted 949 chars>`, `[REDACTED 12]`).
    // (Looked for only where a bracket opens one: this runs on every value.)
    if memchr::memchr3(b'<', b'[', b'(', value.as_bytes()).is_some() {
        let lower = value.to_ascii_lowercase();
        if ["<redacted", "[redacted", "(redacted"]
            .iter()
            .any(|open| lower.contains(open))
        {
            return true;
        }
    }
    if value.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // A word in brackets in the secret's place, whichever (`'x-app-token': '[secure]'`).
    if let Some(word) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']'))
        && !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'_' | b'-' | b'*'))
    {
        return true;
    }
    let lower = value.to_ascii_lowercase();
    [
        "redacted",
        "suppressed",
        "no_log",
        "filtered",
        "masked",
        "hidden",
        "omitted",
        "removed",
        "sanitized",
        "censored",
        // Spring's and Quarkus' configuration dumps: `clientSecret=[PROTECTED]`.
        "protected",
        // Windows setup's own mask in its logs: `*SENSITIVE*DATA*DELETED*`.
        "deleted",
    ]
    .iter()
    .any(|word| lower.contains(word))
}

/// A secret shown masked or elided but for a few characters at its ends (`sk_live_****iPrk`,
/// `AKIA****WXYZ`, `rk_live_...Q7mZ`, `sk-ant-api03-...`, `+1555555****`, `SG.****`): a short
/// prefix of letters, digits, `_`, `-`, `+` and `.`, four or more `*` or an ellipsis, at most six
/// letters or digits.
fn masked_but_its_ends(value: &str) -> bool {
    let Some((mask, len)) = ["****", "...", "…"]
        .iter()
        .find_map(|mask| value.find(mask).map(|at| (at, mask.len())))
    else {
        return false;
    };
    let (prefix, rest) = (&value[..mask], &value[mask + len..]);
    let suffix = rest.trim_start_matches(['*', '.']);
    prefix.len() <= 16
        && prefix
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'.'))
        && suffix.len() <= 6
        && suffix.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A value a template or a README puts where the secret goes: `changeme`, `your-hmac-key-here`,
/// `<your token>` (a placeholder in brackets is kept already), `replace-me`.
fn is_placeholder_value(lower: &str) -> bool {
    let separated = |c: char| matches!(c, '-' | '_' | ' ' | '.');
    let your_here = lower.len() > "your--here".len()
        && lower.starts_with("your")
        && lower[4..].starts_with(separated)
        && lower.ends_with("here")
        && lower[..lower.len() - 4].ends_with(separated);
    // A template's placeholder between double underscores (`__FROM_SECRETS_MANAGER__`), which a
    // deployment replaces.
    let dunder = lower.len() > 4
        && lower.starts_with("__")
        && lower.ends_with("__")
        && lower
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    your_here
        || dunder
        || matches!(
            lower,
            "changeme" | "change_me" | "change-me" | "changeit" | "replaceme" | "replace_me" | "replace-me"
        )
}

/// `name(…`: a function of at least four lower-case letters (with `-`, `_`, `.`) applied to
/// something. Passwords with a bracket rarely start with a lower-case word that long.
fn call_like(value: &str) -> bool {
    value.split_once('(').is_some_and(|(name, arguments)| {
        let lower_name = name.len() >= 4
            && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'_' | b'.'));
        // Or any name given a keyword argument (`Session(region_name='eu-west-1')`).
        let keyword_argument = name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
            && arguments.split_once('=').is_some_and(|(argument, _)| {
                !argument.is_empty()
                    && argument.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
                    && argument.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            });
        lower_name || keyword_argument
    })
}

/// Whether a value is plainly not a secret (see the module's documentation).
fn keep(value: &str, quoted: bool, role: Role, noun: &str, separator: Separator, rest: &str) -> bool {
    let value = value.trim();
    // Holding a placeholder: already redacted (a second pass must change nothing).
    if value.is_empty() || value.starts_with('<') || !placeholders(value).is_empty() {
        return true;
    }
    // Punctuation alone (`=`, `==` before a value another rule took) names nothing; on a second
    // pass it is all that is left before that value's placeholder.
    if !value.chars().any(char::is_alphanumeric) {
        return true;
    }
    let lower = value.to_lowercase();
    let bare = lower.trim_matches(|c| matches!(c, '[' | ']' | '(' | ')' | '{' | '}'));
    if NOT_SECRETS.contains(&bare) || is_placeholder_value(bare) {
        return true;
    }
    // A note in brackets where the value would be (`Password=(from secrets manager)`, `(from
    // secret arn:aws:…)`): a lower-case word, then more words up to the closing bracket.
    let note = !quoted
        && value.len() > 1
        && value.starts_with('(')
        && value[1..].bytes().all(|b| b.is_ascii_lowercase())
        && rest.starts_with(' ')
        && rest
            .split_once(')')
            .is_some_and(|(inside, _)| inside.len() <= 200 && !inside.contains(['"', '\'', '\n', '(']));
    if note {
        return true;
    }
    // An intrusion rule's signature is its description (Suricata's `"signature": "ET MALWARE
    // Possible beacon"`): a digital signature has no space.
    if matches!(noun, "signature" | "sig") && value.contains(' ') {
        return true;
    }
    // A secret's noun in brackets stands for it (`token=[secret]`, `[password]`), as a log
    // library's mask writes it.
    let bracketed = (value.starts_with('[') && value.ends_with(']')) || rest.starts_with(']');
    if bracketed && bare.bytes().all(|b| b.is_ascii_alphabetic()) && names_a_secret(bare) {
        return true;
    }
    let masked = value
        .chars()
        .all(|c| matches!(c, '*' | '•' | '●' | 'x' | 'X' | '#' | '.' | '-' | '?' | '_'))
        || already_masked(value)
        // A secret shown masked but for its ends (`sk_live_****iPrk`).
        || masked_but_its_ends(value)
        // A vendor's placeholder (`SG.xxxxxxxx.xxxxxxxx`): its longest part one character repeated.
        || value
            .split(['.', '-', '_', '/', ':'])
            .max_by_key(|part| part.len())
            .is_some_and(super::tokens::repeated_characters);
    // A statement's bind parameter (`password = :pw`, `$1`): the value is bound elsewhere.
    let bind_parameter = !quoted
        && value.len() > 1
        && ((value.starts_with(':') && value[1..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
            || (value.starts_with('$') && value[1..].bytes().all(|b| b.is_ascii_digit())));
    // Code, not a value: an index expression (`os.environ[`, cut at its quote) or a call of a
    // named function (`passwd-file(alice@example.com,…)`, dovecot's passdb).
    // Nor is a label (`auth: Debug: …`): the value of a key is no other key.
    // (Nor is a key of its own: `vpn.secrets:   password = x`, the value is `x`'s.)
    // (Or glued to its value, a program's field, `token-auth: isAuthenticated=false`,
    // `auth: error_code=403`: camel or snake case, which no word of a password needs.)
    let next_key = !quoted && {
        let after = rest.trim_start_matches(' ');
        (after.starts_with('=') && !after.starts_with("=="))
            || value.split_once('=').is_some_and(|(field, value)| {
                let identifier = field.starts_with(|c: char| c.is_ascii_lowercase())
                    && field.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_')
                    && field.bytes().any(|b| b.is_ascii_uppercase() || b == b'_');
                // (An environment variable's name, `auth: MLFLOW_TRACKING_USERNAME=svc`: its own
                // key, judged by its own name.)
                let variable = field.starts_with(|c: char| c.is_ascii_uppercase())
                    && field.contains('_')
                    && field
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
                (identifier || variable) && !value.is_empty() && !value.starts_with('=')
            })
    };
    // (Nor is a flag naming a secret or a directive, `pw= --password x`, `pw= requirepass x`:
    // their value is the secret.)
    let flag_key = !quoted
        && ((value.starts_with('-') && names_a_secret(value.trim_start_matches('-')))
            || DIRECTIVES.iter().any(|d| value.eq_ignore_ascii_case(d)));
    let expression = !quoted && (value.ends_with(['[', ':']) || call_like(value) || cmdlet_call(value, rest))
        || next_key
        || flag_key;
    // (Terraform's `var.x`, `local.x`, `data.x`; Grafana's `$__file{…}`, `$__env{…}`; a file
    // or an object that holds the secret: `file:///etc/pulsar/admin.jwt`, `s3://keys/hmac.bin`,
    // curl's and Jenkins' `@/path`; a user with a variable for its password:
    // `admin:${ADMIN_PASSWORD}`.)
    let reference = [
        "${",
        "$${",
        "{{",
        "%(",
        // Shibboleth's property placeholders (`%{idp.ldap.bindPassword}`), Logstash's field
        // references.
        "%{",
        "$(",
        "#{",
        "<%",
        "arn:",
        "var.",
        "local.",
        "data.",
        "$__",
        // Perl's `$ENV{…}`, as OpenAS2's configuration reads the environment.
        "$env{",
        "file:",
        // OpenSSL's pass phrase arguments other than `pass:` (`-pass env:VAR`, `fd:3`).
        "env:",
        "fd:",
        "s3://",
        "gs://",
        "@/",
        "%env(",
        "ssm:",
        "bref-ssm:",
        "@~",
        // Code reading the environment (`secret: process.env.SESSION_SECRET`).
        "process.env.",
        "import.meta.env.",
        "os.environ",
        "os.getenv(",
        // Azure App Service's Key Vault reference.
        "@microsoft.keyvault(",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || lower
            .split_once(':')
            .is_some_and(|(user, password)| !user.contains('/') && password.starts_with("${"))
        // A lookup table the secret is read from (postfix's `hash:/etc/postfix/sasl_passwd`).
        || lower.split_once(":/").is_some_and(|(kind, path)| {
            !kind.is_empty()
                && kind.bytes().all(|b| b.is_ascii_lowercase())
                && !path.starts_with('/')
                && path
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'_' | b'-'))
        })
        || class_name(value)
        // An environment variable's name that says what it holds (`secrets: DB_PASSWORD
        // valueFrom …`, `token=GITHUB_TOKEN`): where the secret is, not the secret.
        || (value.contains('_')
            && value.starts_with(|c: char| c.is_ascii_uppercase())
            && value
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
            && names_a_secret(value))
        || (value.len() > 1
            && value.starts_with('$')
            && value[1..]
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'));
    // A structure (`{"value": ...}`, `[...]`): its own keys are read on their own.
    let structure = !quoted && value.starts_with(['{', '[']);
    // A status word: letters only, lower case or capitalised, a participle or an adjective
    // (`Session: started`, `token: refreshing`, `password: unchangeable`).
    // (Also after a prefix and a hyphen: `no user/password: SIM-authenticated APN`.)
    let word = value.rsplit('-').next().unwrap_or(value);
    let prefix = &value[..value.len() - word.len()];
    let letters = word.len() <= 16
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && prefix.len() <= 8
        && prefix.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
    let cased = word.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    let status = letters
        && cased
        && ["ed", "ing", "able", "ible"]
            .iter()
            .any(|end| lower.ends_with(end));
    // A name with a path (`prod/orders/db`): lower-case words between slashes, not random.
    let path = value.contains('/')
        && value.split('/').filter(|part| !part.is_empty()).count() >= 2
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'/' | b'-' | b'_' | b'.'));
    // Encrypted at rest: SOPS's `ENC[AES256_GCM,…]`, Ansible's `!vault |`, Vault transit's
    // `vault:v1:…`. A ciphertext is what a secret becomes so that it can be stored.
    // Jasypt's `ENC(…)` (Spring properties), IIS's `[enc:Provider:…:enc]`.
    let envelope = ["enc[", "!vault", "$ansible_vault", "vault:v", "enc(", "[enc:"]
        .iter()
        .any(|p| lower.starts_with(p))
        || starts_a_ciphertext(value);
    // A digest labelled with its algorithm (a webhook's `sha256=<hex>` body signature), or, under
    // a signature's name, with its scheme's version (Zoom's `v0=<hex>`, Stripe's `t=<time>,
    // v1=<hex>`): an HMAC of the body, which tells nothing of the secret that signed it.
    let long_hex = |h: &str| h.len() >= 40 && h.bytes().all(|b| b.is_ascii_hexdigit());
    let digest = ["sha1=", "sha256=", "sha512="]
        .iter()
        .any(|p| lower.strip_prefix(p).is_some_and(long_hex))
        || (matches!(noun, "signature" | "sig") && versioned_signatures(&lower, long_hex));
    if masked
        || bind_parameter
        || expression
        || reference
        || structure
        || status
        || path
        || envelope
        || digest
    {
        return true;
    }
    // A hex number literal is an id (ZooKeeper's `sessionid:0x14f4a6318b80019`); one of 256 bits
    // or more under a secret's name is a key (an Ethereum account's `PRIVATE_KEY=0x` and 64 hex
    // digits, an HMAC key).
    let hex_number = (3..2 + 64).contains(&value.len())
        && (value.starts_with("0x") || value.starts_with("0X"))
        && value[2..].bytes().all(|b| b.is_ascii_hexdigit());
    // A Windows security identifier (`SID=S-1-5-21-…-1001`) names an account; it grants nothing.
    let windows_sid = lower.starts_with("s-1-")
        && value[4..].bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && value.len() > 6;
    if hex_number || windows_sid {
        return true;
    }
    // A measure, a ratio or a time (`pass: 12/12`, `token: 0.75`, `session: 10:30`).
    let measure = !quoted
        && value.len() <= 10
        && value.bytes().any(|b| b.is_ascii_digit())
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b':' | b',' | b'%'));
    if measure && !value.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // (A card's security code is all a small number is: `cvv=123`.)
    let card_code = matches!(noun, "cvv" | "cvc");
    if value.bytes().all(|b| b.is_ascii_digit())
        && !card_code
        && (role == Role::Plural || (!quoted && value.len() <= 4))
    {
        return true;
    }
    // The shell's working directory.
    if noun == "pwd" && value.starts_with(['/', '~']) {
        return true;
    }
    // `password: must contain a digit`: a lower-case word followed by more words is prose.
    // (`random_password.db: Creation complete after 0s`: a capitalised word too, and an acronym:
    // Jenkins' `#doGenerateNewToken: API token 'ci' generated`.)
    let acronym = (2..=5).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_uppercase());
    separator == Separator::Colon
        && !quoted
        && value.bytes().all(|b| b.is_ascii_alphabetic())
        && (value.bytes().skip(1).all(|b| b.is_ascii_lowercase()) || acronym)
        && rest.starts_with(' ')
        // (A placeholder counts as the word it replaced, so a second pass decides the same.)
        && (rest[1..].starts_with(|c: char| c.is_ascii_lowercase())
            || placeholders(&rest[1..]).first().is_some_and(|(start, _)| *start == 0))
}

/// Whether `value` calls a PowerShell cmdlet (`$pw = Read-Host -AsSecureString`, `$secret =
/// (Get-SECSecretValue -SecretId x)`): a `Verb-Noun` name given an argument, not a password; or
/// a type's static method (`$cred = [pscredential]::new(…)`).
fn cmdlet_call(value: &str, rest: &str) -> bool {
    if value.starts_with('[') && value.contains("]::") {
        return true;
    }
    // PowerShell's approved verbs most scripts call (`Get-Verb` lists them all).
    const VERBS: [&str; 24] = [
        "Get",
        "Set",
        "New",
        "Read",
        "ConvertTo",
        "ConvertFrom",
        "Import",
        "Export",
        "Invoke",
        "Start",
        "Add",
        "Remove",
        "Select",
        "Test",
        "Join",
        "Resolve",
        "Unprotect",
        "Protect",
        "Find",
        "Install",
        "Request",
        "Receive",
        "Copy",
        "Update",
    ];
    let Some((verb, noun)) = value.trim_start_matches('(').split_once('-') else {
        return false;
    };
    // (Given an argument: `Read-Host -AsSecureString`, `New-Object System.Management…`.)
    let argument = rest
        .strip_prefix(' ')
        .is_some_and(|after| !after.trim().is_empty());
    VERBS.contains(&verb)
        && noun.starts_with(|c: char| c.is_ascii_uppercase())
        && noun.bytes().all(|b| b.is_ascii_alphabetic())
        && argument
}

/// How an AWS KMS ciphertext blob starts in base64 (its version and key-type bytes, `01 02 02 00
/// 78`): a SecureString printed without `--with-decryption`, a Lambda environment variable
/// encrypted with a customer key. A ciphertext is what a secret becomes so that it can be shown;
/// reading it takes KMS's permission.
const KMS_CIPHERTEXT: &str = "AQICAH";

/// How a Windows DPAPI blob starts in base64 (its version and provider GUID): what NuGet, RDP
/// files and PowerShell's `ConvertFrom-SecureString` store, readable only by the user or machine
/// that protected it.
const DPAPI_BLOB: &str = "AQAAANCMnd8BFdERjHoAwE/Cl+sB";

/// How a Fernet token starts in base64url (its version byte, 0x80, and the high bytes of its
/// timestamp): what Airflow stores connections' passwords and variables as, under its own key.
const FERNET_TOKEN: &str = "gAAAAA";

/// Whether `text` starts with a ciphertext whose key stays with its owner: an AWS KMS blob, a
/// Windows DPAPI blob, a Fernet token.
pub(super) fn starts_a_ciphertext(text: &str) -> bool {
    text.starts_with(KMS_CIPHERTEXT) || text.starts_with(DPAPI_BLOB) || text.starts_with(FERNET_TOKEN)
}

/// A fully qualified class name (`org.apache.pulsar.client.impl.auth.AuthenticationToken`):
/// lower-case package names, then a capitalised class, every part a plain identifier.
fn class_name(value: &str) -> bool {
    let parts: Vec<&str> = value.split('.').collect();
    let Some((class, packages)) = parts.split_last() else {
        return false;
    };
    let identifier =
        |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    packages.len() >= 2
        && packages.iter().all(|p| {
            identifier(p)
                && p.bytes().all(|b| !b.is_ascii_uppercase())
                && p.as_bytes()[0].is_ascii_lowercase()
        })
        && identifier(class)
        && class.as_bytes()[0].is_ascii_uppercase()
        && class.bytes().any(|b| b.is_ascii_lowercase())
}

/// `Authorization: Bearer x`, `Authorization: 'Basic x'`, `auth=x`: the credential after the
/// scheme (an AWS signature's whole parameter list).
fn authorization(text: &str, start: usize, starts: &BTreeSet<usize>, out: &mut Vec<Finding>) {
    // Python's bytes literal (`'Authorization': b'AWS4-HMAC-SHA256 …'`, botocore's debug log):
    // the quoted value after its `b`.
    let start = match text[start..].strip_prefix('b') {
        Some(quoted) if quoted.starts_with(['\'', '"']) => start + 1,
        _ => start,
    };
    let rest = window(text, start);
    let rest = &rest[..next_header(rest, b"authorization")];
    let (region_start, region_end, quote) = match rest.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let inner = start + 1;
            let end = rest[1..].find(q).map_or(start + rest.len(), |i| inner + i);
            (inner, end, true)
        }
        _ => (
            start,
            rest.find(['\n', '"', '\''])
                .map_or(start + rest.len(), |i| start + i),
            false,
        ),
    };
    let region = &text[region_start..region_end];
    let first_len = region.find(char::is_whitespace).unwrap_or(region.len());
    let first = region[..first_len].to_ascii_lowercase();
    // A SASL mechanism named alone (`swaks --auth LOGIN --auth-user …`): how, not who; `AUTH
    // PLAIN <base64>` in an SMTP transcript still carries the credential after it.
    const SASL_MECHANISMS: [&str; 11] = [
        "PLAIN",
        "LOGIN",
        "CRAM-MD5",
        "DIGEST-MD5",
        "GSSAPI",
        "NTLM",
        "XOAUTH2",
        "OAUTHBEARER",
        "SCRAM-SHA-1",
        "SCRAM-SHA-256",
        "EXTERNAL",
    ];
    let after_first = region[first_len..].trim_start();
    if SASL_MECHANISMS.contains(&&region[..first_len])
        && (after_first.is_empty() || after_first.starts_with('-'))
    {
        return;
    }
    // A number in parentheses numbers something: FreeRADIUS' log type and request number
    // (`Auth: (33176) Login OK: …`), no credential.
    if first
        .strip_prefix('(')
        .and_then(|n| n.strip_suffix(')'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    {
        return;
    }
    // HTTP and SIP Digest (`Digest username="1017", realm=…, nonce=…, response="f604…"`): the
    // parameters are public but `response`, the hash of the password with them.
    if first == "digest" {
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        if let Some(at) = line.find("response=") {
            let value_start = start + at + "response=".len();
            let value = text[value_start..].trim_start_matches('"');
            let from = start + at + "response=".len() + (text[value_start..].len() - value.len());
            let len = value.find(['"', ',', ' ', '\n']).unwrap_or(value.len());
            if len > 0 {
                out.push(Finding::new(from, from + len, "<redacted>"));
            }
        }
        return;
    }
    // Any scheme word (RFC 9110's `auth-scheme`: `AccessKey`, `Klaviyo-API-Key`,
    // `Uploadcare.Simple`), not only the usual ones; a word with digits is a credential itself.
    let scheme_word = |word: &str| {
        (2..=32).contains(&word.len())
            && word.as_bytes()[0].is_ascii_alphabetic()
            && word
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'.' | b'_'))
            && !word.contains("--")
    };
    let schemed =
        (SCHEMES.contains(&first.as_str()) || scheme_word(&region[..first_len])) && first_len < region.len();
    // Without a usual scheme, a lowercase word that goes on as a sentence is prose, not a credential:
    // `registry auth: execution resource retrieval failed`.
    let prose = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase());
    let mut words = region.split(' ');
    if !SCHEMES.contains(&first.as_str())
        && prose(words.next().unwrap_or(""))
        && words.next().is_some_and(prose)
    {
        return;
    }
    let (credential_start, whole) = if schemed {
        let after = region_start + first_len;
        (
            skip_spaces(text, after),
            first.starts_with("aws4") || first == "signature",
        )
    } else {
        (region_start, false)
    };
    if credential_start >= region_end {
        return;
    }
    let credential = &text[credential_start..region_end];
    // A method's name and then the line's next field (`auth=iam pool=64`, `auth=none
    // timeout=5s`): no credential follows. (A usual scheme's parameters, OAuth 1's
    // `oauth_signature="…"`, are its credential.)
    let next_field = schemed
        && !quote
        && !SCHEMES.contains(&first.as_str())
        && credential.split_once('=').is_some_and(|(key, value)| {
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
                && !value.starts_with(['"', '\'', '='])
                && !value.is_empty()
        });
    if next_field {
        return;
    }
    let len = if whole || quote {
        credential.trim_end().len()
    } else {
        credential.find(is_terminator).unwrap_or(credential.len())
    };
    let len = cut_at_findings(credential_start, credential_start + len, starts) - credential_start;
    let value = &credential[..len];
    if len > 0 && !keep(value, quote, Role::Secret, "authorization", Separator::Equals, "") {
        out.push(Finding::new(
            credential_start,
            credential_start + len,
            "<redacted>",
        ));
    }
}

/// A `Cookie:` or `Set-Cookie:` header: the value of every cookie, not the attributes.
/// The value ends at a line end, a quote, or the next cookie header (so a line of repeated
/// headers is read once, linearly).
/// Does the value at `start` name its cookies (`cookie=gm_session=x`, as a request log writes
/// the header as a field)? Then it is read as the header is: each cookie's value, not its name.
fn holds_named_cookies(text: &str, start: usize) -> bool {
    let rest = window(text, start);
    let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..word].split_once('=').is_some_and(|(name, _)| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    })
}

fn cookies(text: &str, start: usize, starts: &BTreeSet<usize>, out: &mut Vec<Finding>) {
    // A quoted value (`"erlang_cookie": "x"`, `{"Cookie": "a=x; b=y"}`) starts after its quote.
    let start = match text.as_bytes().get(start) {
        Some(b'"' | b'\'') => start + 1,
        _ => start,
    };
    let rest = window(text, start);
    let limit = next_header(rest, b"cookie");
    let end = start + rest[..limit].find(['\n', '"', '\'']).unwrap_or(limit);
    let header = &text[start..end];
    // `Cookie: 3f9a...`: a bare value, no name.
    if !header.contains('=') {
        let v_end = cut_at_findings(start, start + header.trim_end().len(), starts);
        if !keep(
            &text[start..v_end],
            false,
            Role::Secret,
            "cookie",
            Separator::Equals,
            "",
        ) {
            out.push(Finding::new(start, v_end, "<redacted>"));
        }
        return;
    }
    let mut offset = start;
    for segment in header.split(';') {
        let segment_start = offset;
        offset += segment.len() + 1;
        let Some((name, value)) = segment.split_once('=') else {
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        let value_start = segment_start + name_len(segment) + 1;
        let value = value.trim_end();
        let lead = value.len() - value.trim_start().len();
        let value = value.trim_start();
        let (v_start, v_end) = (value_start + lead, value_start + lead + value.len());
        let v_end = cut_at_findings(v_start, v_end, starts);
        // A preference (`theme=dark`, `lang=en`): a short lower-case word under a name that
        // names no secret carries none; a session cookie's value is random.
        let value_text = &text[v_start..v_end];
        let preference = (1..=16).contains(&value_text.len())
            && value_text.bytes().all(|b| b.is_ascii_lowercase())
            && !names_a_secret(&name);
        if COOKIE_ATTRIBUTES.contains(&name.as_str())
            || preference
            || keep(
                &text[v_start..v_end],
                false,
                Role::Secret,
                "cookie",
                Separator::Equals,
                "",
            )
        {
            continue;
        }
        out.push(Finding::new(v_start, v_end, "<redacted>"));
    }
}

fn name_len(segment: &str) -> usize {
    segment.find('=').unwrap_or(segment.len())
}

/// mysql's `-pSECRET` (the password glued to the flag) at each of `hits`, when the line is a
/// mysql or mariadb command: elsewhere `-p` is a port (`docker run -p 8080:80`) or a path.
///
/// After a user flag (`-u admin -p 'x'`, `-U sa -P 'x'`: mongosh, sqlcmd, bcp, most database
/// clients) `-p` and `-P` take the password after a space too, unless the value is a port or a
/// path (`psql -U app -p 5432`).
///
/// Registry logins and `sshpass` take their `-p` password after a space too (`docker login -u
/// ci -p x`, `sshpass -p x ssh host`); mysql's `-p` alone prompts, so only its glued form
/// counts there.
pub(super) fn mysql_passwords(text: &str, hits: &[usize], out: &mut Vec<Finding>) {
    const SPACED: &[&str] = &[
        "docker login",
        "podman login",
        "buildah login",
        "skopeo login",
        "helm registry login",
        "oras login",
        "sshpass",
    ];
    let lower = text.to_ascii_lowercase();
    let spaced = SPACED.iter().any(|w| lower.contains(w));
    let mysql = ["mysql", "mariadb"].iter().any(|w| lower.contains(w));
    // Where the first user flag ends: found once, not once per `-p`.
    let first_user = [" -u ", " --user ", " --username ", " --user=", " --username="]
        .iter()
        .filter_map(|f| lower.find(f).map(|i| i + f.len()))
        .min();
    let user_flag = |at: usize| first_user.is_some_and(|end| end <= at);
    if !spaced && !mysql && !hits.iter().any(|&at| user_flag(at)) {
        return;
    }
    let bytes = text.as_bytes();
    let mut starts: BTreeSet<usize> = out.iter().map(|f| f.start).collect();
    for &at in hits {
        if at > 0 && !bytes[at - 1].is_ascii_whitespace() {
            continue;
        }
        // (mysql's `-p db` prompts, and its `-P` is the port.)
        let after_user = !mysql && user_flag(at) && bytes.get(at + 2) == Some(&b' ');
        if !(text[at..].starts_with("-p") || (after_user && text[at..].starts_with("-P"))) {
            continue;
        }
        let mut start = at + 2;
        if (spaced || after_user) && text[start..].starts_with([' ', '\t']) {
            start = skip_spaces(text, start);
            let word = text[start..].split(char::is_whitespace).next().unwrap_or("");
            let port_or_path = word.starts_with(['/', '~', '.'])
                || word
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'/'));
            if after_user && !spaced && port_or_path {
                continue;
            }
        }
        match text[start..].chars().next() {
            None => continue,
            Some(c) if c.is_whitespace() || c == '-' => continue,
            _ => {}
        }
        let rest = window(text, start);
        let end = match bytes[start] {
            q @ (b'\'' | b'"') => rest[1..]
                .find(q as char)
                .map_or(start + rest.len(), |i| start + i + 2),
            // Up to a space, or a placeholder (a second pass must find nothing new).
            b'<' => continue,
            _ => rest
                .find(|c: char| c.is_whitespace() || c == '<')
                .map_or(start + rest.len(), |i| start + i),
        };
        let end = cut_at_findings(start, end, &starts);
        starts.insert(start);
        out.push(Finding::new(start, end, "<redacted>"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_name_a_secret() {
        for key in [
            "password",
            "db_password",
            "DB_PASSWORD",
            "accessToken",
            "X-Api-Key",
            "api_key",
            "apiKey",
            "AccountKey",
            "SharedAccessKey",
            "client_secret",
            "PHPSESSID",
            "connect.sid",
            "session_id",
            "ASP.NET_SessionId",
            "aws_secret_access_key",
            "refresh_token",
            "password2",
            "passwd",
            "Passwort",
            "contraseña",
            "数据库密码",
            "パスワード",
            "sig",
            "X-Amz-Security-Token",
        ] {
            assert!(names_a_secret(key), "{key}");
        }
    }

    #[test]
    fn keys_that_merely_mention_one() {
        for key in [
            "token_type",
            "max_tokens",
            "token_count",
            "password_reset_requested",
            "secret_name",
            "passwordless",
            "password_length",
            "SecretId",
            "session_timeout",
            "access_key_id",
            "cache_key",
            "s3_key",
            "prompt_tokens",
            "bypass",
            "tokenizer",
            "keyspace",
            "monkey",
            "code",
        ] {
            assert!(!names_a_secret(key), "{key}");
        }
    }

    #[test]
    fn parts_split_camel_case_and_separators() {
        assert_eq!(parts("X-APIKey"), ["x", "api", "key"]);
        assert_eq!(parts("accessToken2"), ["access", "token"]);
        assert_eq!(parts("ASP.NET_SessionId"), ["asp", "net", "session", "id"]);
    }
}
