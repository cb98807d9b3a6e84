//! Personal data: email addresses, payment cards, US social security numbers, phone numbers,
//! IBANs, UK National Insurance numbers.
//!
//! Numbers are read as *spans*: digits joined by single separators (`4111 1111 1111 1111`,
//! `555-010-4477`, `+44 20 7946 0321`), never digits glued to letters (`blk_-69522958`,
//! `req9f31`). A span is classified by its whole shape, never by a piece of it, so an IP
//! address, a date or a 19-digit id is not mistaken for a phone number or a card.

use super::{Finding, luhn};

/// How far before a number its context words (`card`, `ssn`, `phone`) are looked for.
const CONTEXT_BYTES: usize = 32;

/// The email address around the `@` at `at`: a local part and a dotted domain whose last label
/// is alphabetic (`jane.doe+x@example.co.uk`, `jürgen@beispiel.de`, `用户@例子.公司`). An
/// scp-style `git@host:path` names a login on a host, not a mailbox, and is kept. `limit` is
/// where the next finding starts (the address cannot run into it).
pub(super) fn email_at(text: &str, at: usize, limit: usize, out: &mut Vec<Finding>) {
    let is_local = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'');
    let is_domain = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_local(*c))
        .last()
        .map_or(at, |(i, _)| i);
    let after = &text[at + 1..limit];
    let domain_len = after.find(|c: char| !is_domain(c)).unwrap_or(after.len());
    let domain = after[..domain_len].trim_end_matches(['.', '-']);
    // A quote opening the address's string (`('ops@example.com'`) is not part of it.
    let local = text[start..at].trim_start_matches(['.', '\'']);
    // (A mailbox has a name: `)%@host`, after Symfony's `%env(DB_PASSWORD)%`, has none.)
    let Some((_, tld)) = domain
        .rsplit_once('.')
        .filter(|_| local.chars().any(char::is_alphanumeric))
    else {
        return;
    };
    // Names reserved for private networks (`bastion.internal`, `printer.local`) are hosts,
    // not mail domains: `deploy@bastion.internal` is an ssh login.
    let private = [
        "internal",
        "local",
        "localdomain",
        "localhost",
        "lan",
        "home",
        "corp",
        "intranet",
        "private",
        "test",
        "invalid",
    ]
    .iter()
    .any(|t| tld.eq_ignore_ascii_case(t));
    let tld_ok = !private && tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic);
    // A Kerberos principal (`jdoe@CORP.EXAMPLE.COM`, `host/ip-10-0-0-7.corp.example.com@CORP.
    // EXAMPLE.COM`): its realm is a domain in capitals, its name in lower case; an address
    // shouted whole (`JDOE@EXAMPLE.COM`) is still one.
    let realm = !domain.chars().any(char::is_lowercase) && text[start..at].chars().any(char::is_lowercase);
    // A URL's user (`ssh://git@github.com/org/repo.git`, `http://user:pw@proxy`) is a login on
    // that host, not a mail address; a password beside it is the URL rule's.
    // (A URL's authority is short: the word is looked for in the 256 bytes before, so a line of
    // `@`s costs its length, not its square.)
    let mut from = at.saturating_sub(256);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let word = text[from..at]
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '(' | '='))
        .next()
        .unwrap_or_default();
    let url_user = word
        .split_once("://")
        .is_some_and(|(_, authority)| !authority.contains('/'));
    // A Google Cloud service account (`iap-validator@shop-play.iam.gserviceaccount.com`) is a
    // workload's identity, no person's: its address is no personal data.
    let service_account = domain.to_ascii_lowercase().ends_with(".gserviceaccount.com");
    if realm || url_user || service_account {
        return;
    }
    let rest = &after[domain.len()..];
    let scp_path = rest.starts_with(':') && !rest[1..].starts_with(|c: char| c.is_ascii_digit());
    // `user@example.com:<password>` (Postfix's `sasl_passwd`, `curl -u`, credential dumps): a
    // word after the colon that is no path (no `/`, `~`, `.` of a file name) and mixes letters
    // and digits is the address's password.
    let password = scp_path
        .then(|| {
            let word = &rest[1..];
            let len = word
                .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | ';' | '<'))
                .unwrap_or(word.len());
            let word = &word[..len];
            let credential = word.len() >= 8
                && !word.contains(['/', '~', '.', ':'])
                && word.bytes().any(|b| b.is_ascii_digit())
                && word.bytes().any(|b| b.is_ascii_alphabetic());
            credential.then_some(len)
        })
        .flatten();
    if !local.is_empty() && tld_ok && !domain.starts_with(['.', '-']) && (!scp_path || password.is_some()) {
        let local_start = at - local.len();
        let end = at + 1 + domain.len();
        out.push(Finding::new(local_start, end, "<email>"));
        if let Some(len) = password {
            out.push(Finding::new(end + 1, end + 1 + len, "<redacted>"));
        }
    }
}

/// One number span: where it is and the lengths of its digit groups.
struct Span {
    start: usize,
    end: usize,
    /// Digit group lengths, in order (at most [`MAX_GROUPS`] are kept).
    groups: Groups,
    /// The separator between groups, when all are the same (`b' '`, `b'-'`, `b'.'`).
    separator: Option<u8>,
    /// Separators differ (`12-34 56`).
    mixed: bool,
    /// Starts with `+` (international phone number).
    plus: bool,
    /// Starts with `(ddd)` (US area code).
    paren: bool,
}

const MAX_GROUPS: usize = 8;

/// Up to [`MAX_GROUPS`] group lengths, without allocating.
#[derive(Default)]
struct Groups {
    lengths: [usize; MAX_GROUPS],
    len: usize,
}

impl Groups {
    fn push(&mut self, length: usize) {
        self.lengths[self.len] = length;
        self.len += 1;
    }

    fn len(&self) -> usize {
        self.len
    }

    fn as_slice(&self) -> &[usize] {
        &self.lengths[..self.len]
    }
}

impl Span {
    fn digits(&self) -> usize {
        self.groups.as_slice().iter().sum()
    }
}

/// Cards, SSNs and phone numbers in `text`, and the IBANs and UK National Insurance numbers
/// whose digits start a number ([`national_id`]).
///
/// `bounds` are the starts and ends of the findings so far (sorted): a number is not glued to a word
/// that another finding takes, as it is not glued to that finding's placeholder on a second
/// pass.
pub(super) fn numbers(text: &str, bounds: &[usize], out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = b.is_ascii_digit()
            || (matches!(b, b'+' | b'(') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        if !starts {
            i = next_candidate(bytes, i + 1);
            continue;
        }
        if b.is_ascii_digit()
            && let Some((start, end, placeholder)) = national_id(text, i, bounds)
        {
            out.push(Finding::new(start, end, placeholder));
            i = end;
            continue;
        }
        // Digits glued to a word before them: skip the whole word (`blk_123`, `9f3a6c`), up
        // to where a finding starts or ends in it (a word ends at its placeholder on a second
        // pass: `<aws-access-key-id>GB86…` holds an IBAN).
        if b.is_ascii_digit()
            && i > 0
            && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
            && bounds.binary_search(&i).is_err()
        {
            // (Most lines have no finding yet: no search then.)
            let next_bound = match bounds {
                [] => bytes.len(),
                _ => bounds
                    .get(bounds.partition_point(|&bound| bound <= i))
                    .copied()
                    .unwrap_or(bytes.len()),
            };
            while i < next_bound && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            continue;
        }
        let span = read_span(bytes, i);
        i = span.end.max(i + 1);
        if span.digits() < 7 {
            continue;
        }
        if glued(bytes, &span, bounds) {
            // Only its last group glued to a word (`4111111111111111 1jane@…`): the groups
            // before it stand alone, as they do on a second pass once the word is a
            // placeholder.
            if !glued_before(bytes, &span, bounds)
                && let Some((end, placeholder)) = leading_groups(text, &span)
            {
                out.push(Finding::new(span.start, end, placeholder));
                i = end;
            }
            continue;
        }
        if let Some(placeholder) = classify(text, &span) {
            out.push(Finding::new(span.start, span.end, placeholder));
        } else if let Some((end, placeholder)) = leading_groups(text, &span) {
            // The rest is read again as a number of its own.
            out.push(Finding::new(span.start, end, placeholder));
            i = end;
        }
    }
}

/// The first index at or after `from` whose byte can start a number (a digit, `+`, `(`), or
/// the end. Sixteen bytes are tested at a time, a test the compiler turns into a few vector
/// instructions: this runs over every byte of every line redacted, and most hold no digit.
fn next_candidate(bytes: &[u8], from: usize) -> usize {
    const CHUNK: usize = 16;
    let may_start = |b: u8| b.is_ascii_digit() || b == b'+' || b == b'(';
    let mut i = from;
    while let Some(chunk) = bytes
        .get(i..i + CHUNK)
        .and_then(|c| <&[u8; CHUNK]>::try_from(c).ok())
    {
        // `|` over the whole chunk, not a short-circuiting `any`: that is what vectorises.
        if chunk.iter().fold(false, |seen, &b| seen | may_start(b)) {
            break;
        }
        i += CHUNK;
    }
    bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| may_start(b)))
        .map_or(bytes.len(), |at| i + at)
}

/// A span that is not one number may start with one followed by another (`card
/// 4111111111111111 123`: the card's digits and a CVV read as one 19-digit run fail Luhn): its
/// leading groups, longest first, classified as if the rest were not there.
fn leading_groups(text: &str, span: &Span) -> Option<(usize, &'static str)> {
    if span.mixed || span.plus || span.paren || span.groups.len() < 2 {
        return None;
    }
    let groups = span.groups.as_slice();
    (1..groups.len()).rev().find_map(|k| {
        let digits: usize = groups[..k].iter().sum();
        if digits < 7 {
            return None;
        }
        // Groups are separated by one byte each.
        let end = span.start + digits + k - 1;
        let mut prefix = Groups::default();
        for &g in &groups[..k] {
            prefix.push(g);
        }
        let leading = Span {
            start: span.start,
            end,
            groups: prefix,
            separator: if k > 1 { span.separator } else { None },
            mixed: false,
            plus: false,
            paren: false,
        };
        classify(text, &leading).map(|placeholder| (end, placeholder))
    })
}

fn read_span(bytes: &[u8], start: usize) -> Span {
    let mut span = Span {
        start,
        end: start,
        groups: Groups::default(),
        separator: None,
        mixed: false,
        plus: false,
        paren: false,
    };
    let mut i = start;
    if bytes[i] == b'+' {
        span.plus = true;
        i += 1;
    } else if bytes[i] == b'(' {
        // `(555) 010-4477`: the area code is the first group.
        let digits = bytes[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        if bytes.get(i + 1 + digits) == Some(&b')') {
            span.paren = true;
            span.groups.push(digits);
            i += digits + 2;
            if bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        } else {
            span.end = start;
            return span;
        }
    }
    loop {
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            break;
        }
        if span.groups.len() < MAX_GROUPS {
            span.groups.push(digits);
        } else {
            span.mixed = true;
        }
        i += digits;
        span.end = i;
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(&sep @ (b' ' | b'-' | b'.')), Some(next)) if next.is_ascii_digit() => {
                match span.separator {
                    None if span.groups.len() == 1 || span.paren => span.separator = Some(sep),
                    Some(previous) if previous == sep => {}
                    _ => span.mixed = true,
                }
                i += 1;
            }
            _ => break,
        }
    }
    span
}

/// A number glued to a word (`blk_-6952`, `v1.2`, `0x1f`, `abc123`) is part of an id. A
/// span opened by `+` or `(` starts there, whatever is before it.
fn glued(bytes: &[u8], span: &Span, bounds: &[usize]) -> bool {
    glued_before(bytes, span, bounds)
        || (bytes.get(span.end).is_some_and(is_word_byte) && bounds.binary_search(&span.end).is_err())
}

fn is_word_byte(b: &u8) -> bool {
    b.is_ascii_alphanumeric() || *b == b'_'
}

fn glued_before(bytes: &[u8], span: &Span, bounds: &[usize]) -> bool {
    let before = span.start.checked_sub(1).map(|i| bytes[i]);
    let before2 = span.start.checked_sub(2).map(|i| bytes[i]);
    !(span.plus || span.paren || bounds.binary_search(&span.start).is_ok())
        && match before {
            Some(b) if is_word_byte(&b) => true,
            Some(b'-' | b'.' | b'/') => before2.is_some_and(|b| is_word_byte(&b)),
            _ => false,
        }
}

fn classify(text: &str, span: &Span) -> Option<&'static str> {
    let n = span.digits();
    if span.mixed || n > 19 {
        return None;
    }
    let mut buffer = [0u8; 19];
    let mut len = 0;
    for &b in &text.as_bytes()[span.start..span.end] {
        if b.is_ascii_digit() {
            buffer[len] = b;
            len += 1;
        }
    }
    let digits = &buffer[..n];
    let groups = span.groups.as_slice();
    // The words before the number are read only when a shape needs them.
    let context = || Context::before(text, span.start);
    // Cards: written in 4-digit groups (Amex 4-6-5, Diners 4-6-4), or one run that starts
    // like a network's card at that network's length, or any run after a word like `card`.
    if !span.plus && !span.paren && (13..=19).contains(&n) && luhn::valid(digits) {
        let four_groups = groups.len() >= 3
            && groups[..groups.len() - 1].iter().all(|g| *g == 4)
            && (1..=4).contains(&groups[groups.len() - 1]);
        let amex_like = matches!(groups, [4, 6, 5] | [4, 6, 4]);
        let spaced = matches!(span.separator, Some(b' ' | b'-'));
        if spaced && (four_groups || amex_like) {
            return Some("<card>");
        }
        let context = context();
        let plain = groups.len() == 1 && luhn::network_number(digits) && !context.names_an_id();
        if plain || context.card() {
            return Some("<card>");
        }
    }
    // UK NHS numbers: ten digits (3-3-4 or whole) after `nhs`, with a valid mod-11 check digit.
    if !span.plus
        && !span.paren
        && n == 10
        && matches!(groups, [10] | [3, 3, 4])
        && nhs_check(digits)
        && context().nhs()
    {
        return Some("<nhs-number>");
    }
    // US social security numbers: 3-2-4 with dashes (never area 000 or 666, group 00 or serial
    // 0000); other shapes of nine digits only after a word like `ssn`.
    if !span.plus && !span.paren && n == 9 {
        let dashed = groups == [3, 2, 4] && span.separator == Some(b'-');
        if dashed || ((groups == [3, 2, 4] || groups == [9]) && context().ssn()) {
            let area = &digits[..3];
            let valid = area != b"000" && area != b"666" && &digits[3..5] != b"00" && &digits[5..] != b"0000";
            if valid {
                return Some("<ssn>");
            }
        }
    }
    // Phone numbers: international (`+` and 8-15 digits), US shapes ((555) 010-4477,
    // 555-010-4477, 555.010.4477, 1-555-010-4477), or any 7-15 digits after a word like
    // `phone` (but never an IPv4 address).
    // (`m=+7095.886735835`, Go's monotonic clock, is a decimal: a dot and more than four digits
    // after it.)
    let decimal = span.separator == Some(b'.') && groups.len() == 2 && groups[1] > 4;
    if span.plus && (8..=15).contains(&n) && !decimal && !(groups.len() == 1 && context().names_an_id()) {
        return Some("<phone>");
    }
    // Spaced groups are common in other numbers: only a valid North American area code and
    // exchange (first digits 2-9) make `202 555 0143` a phone number.
    let nanp = digits[0] >= b'2' && digits.get(3).is_some_and(|d| *d >= b'2');
    let us = match groups {
        [3, 3, 4] => span.paren || matches!(span.separator, Some(b'-' | b'.')) || nanp,
        [1, 3, 3, 4] => digits[0] == b'1' && span.separator.is_some(),
        _ => false,
    };
    // Phone-like: one run, or groups of at most 4 not joined by dots (not an IPv4 address, a
    // decimal or a version).
    let phone_like = (7..=15).contains(&n)
        && (groups.len() == 1 || (groups.iter().all(|g| *g <= 4) && span.separator != Some(b'.')));
    if us || (phone_like && context().phone()) {
        return Some("<phone>");
    }
    None
}

/// The NHS number check: the first nine digits weighted 10 down to 2, 11 minus the sum mod
/// 11 is the tenth (11 is 0; 10 is never issued).
fn nhs_check(digits: &[u8]) -> bool {
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && check == u32::from(digits[9] - b'0')
}

/// The words just before a number (lower case), read for what they say about it.
struct Context<'a> {
    text: &'a str,
    from: usize,
    buffer: [u8; CONTEXT_BYTES],
    len: usize,
}

impl<'a> Context<'a> {
    fn before(text: &'a str, start: usize) -> Self {
        let from = start.saturating_sub(CONTEXT_BYTES);
        let mut buffer = [0u8; CONTEXT_BYTES];
        let len = start - from;
        buffer[..len].copy_from_slice(&text.as_bytes()[from..start]);
        buffer[..len].make_ascii_lowercase();
        // A word inside a placeholder (`phone` in `<phone>`) says nothing about this number
        // (the window may start inside one: then it is inside up to the first `>`).
        let first_close = buffer[..len].iter().position(|b| *b == b'>');
        let first_open = buffer[..len].iter().position(|b| *b == b'<');
        let mut inside = match (first_close, first_open) {
            (Some(close), Some(open)) => close < open,
            (Some(_), None) => true,
            _ => false,
        };
        for b in &mut buffer[..len] {
            match *b {
                b'<' => inside = true,
                b'>' => inside = false,
                _ if inside => *b = b' ',
                _ => {}
            }
        }
        Self {
            text,
            from,
            buffer,
            len,
        }
    }

    fn has(&self, words: &[&[u8]]) -> bool {
        let window = &self.buffer[..self.len];
        words
            .iter()
            .any(|w| window.windows(w.len()).any(|x| x[0] == w[0] && x == *w))
    }

    fn card(&self) -> bool {
        self.has(CARD_WORDS)
    }

    fn ssn(&self) -> bool {
        self.has(SSN_WORDS)
    }

    fn nino(&self) -> bool {
        self.has(NINO_WORDS)
    }

    fn nhs(&self) -> bool {
        self.has(&[b"nhs"])
    }

    fn phone(&self) -> bool {
        self.has(PHONE_WORDS)
    }

    /// The number is the value of an id, a time or a counter (`request_id=`, `"ts": `,
    /// `orderId:`).
    fn names_an_id(&self) -> bool {
        let window = &self.buffer[..self.len];
        let key_end = window
            .iter()
            .rposition(|b| !matches!(b, b' ' | b'=' | b':' | b'"' | b'\'' | b'#'))
            .map_or(0, |i| i + 1);
        let key_start = window[..key_end]
            .iter()
            .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')))
            .map_or(0, |i| i + 1);
        let key = &window[key_start..key_end];
        let original = &self.text.as_bytes()[self.from + key_start..self.from + key_end];
        original.ends_with(b"Id")
            || original.ends_with(b"ID")
            || ID_KEYS.iter().any(|w| {
                key == *w || (key.ends_with(w) && matches!(key[key.len() - w.len() - 1], b'_' | b'-' | b'.'))
            })
    }
}

const CARD_WORDS: &[&[u8]] = &[
    b"card",
    b"credit",
    b"visa",
    b"mastercard",
    b"amex",
    b"debit",
    b"cc=",
    b"cc:",
    b"cc_",
    b"ccn",
    b"pan=",
    b"pan:",
];
const NINO_WORDS: &[&[u8]] = &[
    b"nino",
    b"insurance",
    b"ni number",
    b"ni_number",
    b"ni-number",
    b"ninumber",
    b"ni no",
    b"ni_no",
    b"nin:",
    b"nin=",
    b"nin ",
];
const SSN_WORDS: &[&[u8]] = &[b"ssn", b"social security", b"social_security", b"socialsecurity"];
const PHONE_WORDS: &[&[u8]] = &[
    b"phone",
    b"tel:",
    b"tel=",
    b"tel.",
    b"mobile",
    b"cell",
    b"fax",
    b"sms",
    b"whatsapp",
    b"call ",
];
/// A number after a key ending in one of these is an id, a time or a counter.
const ID_KEYS: &[&[u8]] = &[
    b"id",
    b"ids",
    b"ts",
    b"time",
    b"timestamp",
    b"epoch",
    b"seq",
    b"sequence",
    b"offset",
    b"nonce",
    b"millis",
    b"nanos",
    b"micros",
    b"ms",
    b"ns",
    b"us",
];

/// The IBAN or UK National Insurance number whose letters end right before the digit at
/// `digit` (`GB24NWBK…`, `FR30 9734 …`, `QQ123456C`, `QQ 12 34 56 C`), read on its exact span:
/// (start, end, placeholder). [`numbers`] asks at each number it meets, so these ids cost no
/// pass of their own.
fn national_id(text: &str, digit: usize, bounds: &[usize]) -> Option<(usize, usize, &'static str)> {
    let bytes = text.as_bytes();
    let capitals = |at: usize| bytes[at].is_ascii_uppercase() && bytes[at + 1].is_ascii_uppercase();
    let start = match digit.checked_sub(3) {
        Some(s) if bytes[digit - 1] == b' ' && capitals(s) => s,
        _ if digit >= 2 && capitals(digit - 2) => digit - 2,
        _ => return None,
    };
    if start > 0 && is_word_byte(&bytes[start - 1]) && bounds.binary_search(&start).is_err() {
        return None;
    }
    // A National Insurance number written whole is one 9-character id among many (`order
    // AB123456C`): only after words that name it. Its spaced form (`QQ 12 34 56 C`) is its own.
    let nino = || {
        nino_at(bytes, start, bounds)
            .filter(|_| bytes[start + 2] == b' ' || Context::before(text, start).nino())
            .map(|end| (start, end, "<nino>"))
    };
    iban_at(bytes, start, bounds)
        .map(|end| (start, end, "<iban>"))
        .or_else(nino)
}

/// Whether nothing glues a word to `end` (the end of the text, a non-word byte, or a finding).
fn ends_a_word(bytes: &[u8], end: usize, bounds: &[usize]) -> bool {
    bytes.get(end).is_none_or(|b| !is_word_byte(b)) || bounds.binary_search(&end).is_ok()
}

/// The end of the IBAN starting at `start`: its country's exact length, written whole or in
/// groups of four separated by single spaces, with a valid ISO 7064 mod-97 check.
fn iban_at(bytes: &[u8], start: usize, bounds: &[usize]) -> Option<usize> {
    let len = iban_length([bytes[start], bytes[start + 1]])?;
    let spaced = bytes.get(start + 4) == Some(&b' ');
    let mut iban = [0u8; 34];
    let mut i = start;
    for (n, slot) in iban[..len].iter_mut().enumerate() {
        if spaced && n > 0 && n % 4 == 0 {
            if bytes.get(i) != Some(&b' ') {
                return None;
            }
            i += 1;
        }
        let b = *bytes.get(i)?;
        // Two check digits after the country, then capitals and digits.
        let allowed = if (2..4).contains(&n) {
            b.is_ascii_digit()
        } else {
            b.is_ascii_uppercase() || b.is_ascii_digit()
        };
        if !allowed {
            return None;
        }
        *slot = b;
        i += 1;
    }
    (ends_a_word(bytes, i, bounds) && mod97(&iban[..len]) == 1).then_some(i)
}

/// ISO 7064 MOD 97-10 of an IBAN: the first four characters moved to the end, letters read as
/// 10 to 35.
fn mod97(iban: &[u8]) -> u32 {
    let (head, rest) = iban.split_at(4);
    rest.iter().chain(head).fold(0, |r, &b| {
        if b.is_ascii_digit() {
            (r * 10 + u32::from(b - b'0')) % 97
        } else {
            (r * 100 + u32::from(b - b'A') + 10) % 97
        }
    })
}

/// The IBAN length of each country of the SWIFT IBAN registry.
fn iban_length(country: [u8; 2]) -> Option<usize> {
    let len = match &country {
        b"NO" => 15,
        b"BE" => 16,
        b"DK" | b"FI" | b"FK" | b"FO" | b"GL" | b"NL" | b"SD" => 18,
        b"MK" | b"SI" => 19,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"MN" | b"XK" => 20,
        b"CH" | b"HR" | b"LI" | b"LV" => 21,
        b"BG" | b"BH" | b"CR" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" | b"VA" => 22,
        b"AE" | b"GI" | b"IL" | b"IQ" | b"OM" | b"SO" | b"TL" => 23,
        b"AD" | b"CZ" | b"ES" | b"MD" | b"PK" | b"RO" | b"SA" | b"SE" | b"SK" | b"TN" | b"VG" => 24,
        b"LY" | b"PT" | b"ST" => 25,
        b"IS" | b"TR" => 26,
        b"BI" | b"DJ" | b"FR" | b"GR" | b"IT" | b"MC" | b"MR" | b"SM" => 27,
        b"AL" | b"AZ" | b"BY" | b"CY" | b"DO" | b"GT" | b"HN" | b"HU" | b"LB" | b"NI" | b"PL" | b"SV" => 28,
        b"BR" | b"EG" | b"PS" | b"QA" | b"UA" => 29,
        b"JO" | b"KW" | b"MU" | b"YE" => 30,
        b"MT" | b"SC" => 31,
        b"LC" => 32,
        b"RU" => 33,
        _ => return None,
    };
    Some(len)
}

/// The end of the UK National Insurance number starting at `start`: two prefix letters (never
/// D, F, I, Q, U, V; the second never O; not BG, GB, KN, NK, NT, TN, ZZ), six digits and a
/// suffix A-D, whole (`QQ123456C`) or spaced (`QQ 12 34 56 C`).
fn nino_at(bytes: &[u8], start: usize, bounds: &[usize]) -> Option<usize> {
    let (first, second) = (bytes[start], bytes[start + 1]);
    let prefix_ok = !b"DFIQUV".contains(&first)
        && !b"DFIOQUV".contains(&second)
        && ![b"BG", b"GB", b"KN", b"NK", b"NT", b"TN", b"ZZ"].contains(&&[first, second]);
    if !prefix_ok {
        return None;
    }
    let spaced = bytes[start + 2] == b' ';
    // Where each digit pair and the suffix are.
    let step = if spaced { 3 } else { 2 };
    let pairs_ok = (0..3).all(|k| {
        let at = start + 2 + usize::from(spaced) + k * step;
        let separated = !spaced || k == 0 || bytes.get(at - 1) == Some(&b' ');
        separated
            && bytes
                .get(at..at + 2)
                .is_some_and(|p| p.iter().all(u8::is_ascii_digit))
    });
    let suffix_at = start + 2 + usize::from(spaced) + 3 * step;
    let suffix_ok = (!spaced || bytes.get(suffix_at - 1) == Some(&b' '))
        && bytes.get(suffix_at).is_some_and(|b| (b'A'..=b'D').contains(b));
    let end = suffix_at + 1;
    (pairs_ok && suffix_ok && ends_a_word(bytes, end, bounds)).then_some(end)
}

/// Trigger words of [`ids_after_keys`]: the keys that name a national identifier (Brazil's CPF
/// and CNPJ, Spain's DNI/NIE/NIF, Canada's SIN, India's Aadhaar and PAN, Poland's PESEL, the
/// Netherlands' BSN, Australia's TFN, Singapore's NRIC, Mexico's CURP, Sweden's personnummer,
/// Norway's fødselsnummer, Finland's henkilötunnus (HETU), Chile's RUT, Turkey's TC Kimlik No,
/// Belgium's INSZ/NISS, `social_insurance_number`, `national_id`).
///
/// `sin`, `pan` and `nie` are inside many words (`using`, `span`, `denied`): they trigger only
/// with the separator after them, so those words cost the scan nothing more.
#[rustfmt::skip]
pub(super) const ID_KEY_WORDS: &[&str] = &[
    "cpf", "cnpj", "dni", "nif", "aadhaar", "aadhar", "pesel", "bsn", "tfn", "nric", "curp",
    "personnummer", "insurance", "national", "fødselsnummer", "fodselsnummer", "henkilötunnus",
    "henkilotunnus", "hetu", "kimlik", "tckn", "insz", "niss",
    "rut ", "rut:", "rut=", "rut_", "rut-", "rut\"", "rut'", "rut>",
    "sin ", "sin:", "sin=", "sin_", "sin-", "sin\"", "sin'", "sin>",
    "pan ", "pan:", "pan=", "pan_", "pan-", "pan\"", "pan'", "pan>",
    "nie ", "nie:", "nie=", "nie_", "nie-", "nie\"", "nie'", "nie>",
];

/// A national id key, then its value: digits in groups (`962.696.005-10`, `6631 3943 7941`),
/// with a letter or a few before or after (`52971325W`, `CKIPI9226R`).
static ID_AFTER_KEY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r#"^(?i:(?:cpf|cnpj|dni|nie|nif|sin|aadhaa?r|pan|pesel|bsn|tfn|nric|curp|personnummer|f[øo]dselsnummer|henkil[öo]tunnus|hetu|kimlik|tckn|insz|niss|rut)(?:[ _.-]?(?:no|nr|num|number|numero|número|card|id))?|insurance[ _.-]?(?:no|nr|num|number)|national[ _-]?id(?:entity)?(?:[ _.-]?(?:no|nr|num|number|card))?)\.?["']?(?:\s*[:=#>]\s*["']?|[ \t]+)([A-Z]{0,5}[0-9]+(?:[ ./-][0-9]{2,6}){0,4}(?:-[0-9K]\b|[A-Z])?)\b"#,
    )
    .unwrap_or_else(|e| panic!("national id pattern: {e}"))
});

/// National identifiers after a key naming them (`cpf=962.696.005-10`, `DNI: 52971325W`,
/// `SIN 124 937 020`, `aadhaar number 6631 3943 7941`, `pan_number=CKIPI9226R`): a value of 8
/// or more letters and digits, 4 or more of them digits. Bare digit groups elsewhere are left
/// to the shapes of [`numbers`].
pub(super) fn ids_after_keys(text: &str, hits: &[usize], out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    for &at in hits {
        // A word of its own (`_` and `-` join key parts: `pan_number`, `social_insurance`).
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut end = (at + 96).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let Some(value) = ID_AFTER_KEY.captures(&text[at..end]).and_then(|c| c.get(1)) else {
            continue;
        };
        let id = value.as_str();
        let alnum = id.bytes().filter(u8::is_ascii_alphanumeric).count();
        let digits = id.bytes().filter(u8::is_ascii_digit).count();
        // `pan` is also a card's primary account number: after it, only India's PAN shape
        // (5 capitals, 4 digits, a capital) is an id; a card number is the card rules'.
        let pan = text[at..].get(..3).is_some_and(|k| k.eq_ignore_ascii_case("pan"));
        let pan_shape = id.len() == 10
            && id[..5].bytes().all(|b| b.is_ascii_uppercase())
            && id[5..9].bytes().all(|b| b.is_ascii_digit())
            && id.as_bytes()[9].is_ascii_uppercase();
        if alnum >= 8 && digits >= 4 && (!pan || pan_shape) {
            out.push(Finding::new(
                at + value.start(),
                at + value.end(),
                "<national-id>",
            ));
        }
    }
}
