//! The decoded view of a line: percent-encoding (`%3D`, `%40`) and JSON string escapes (`\"`,
//! `\\`, `\u0040`) undone, with the original byte offset of every decoded byte, so a secret
//! written `password%3Dhunter2` or `{\"token\":\"abc\"}` is found by the ordinary rules and
//! replaced in the original text.

use super::Finding;

/// At most this many rounds of decoding (`%2540` is `%40` encoded once more; a JSON string
/// holding escaped JSON has `\\\"`).
const ROUNDS: usize = 2;

#[derive(Debug)]
pub(super) struct View {
    text: String,
    /// `map[i]` is the original offset of decoded byte `i`; `map[text.len()]` is the
    /// original length.
    map: Vec<usize>,
}

impl View {
    /// The decoded view of `text`, or `None` when it holds nothing to decode (the common case:
    /// one `memchr2` pass).
    pub(super) fn decode(text: &str) -> Option<Self> {
        let mut view: Option<Self> = None;
        for _ in 0..ROUNDS {
            let current = view.as_ref().map_or(text, |v| v.text.as_str());
            let Some((decoded, map)) = decode_once(current) else {
                break;
            };
            view = Some(match view {
                // Compose: a byte of this round maps to a byte of the previous round.
                Some(previous) => Self {
                    map: map.iter().map(|&i| previous.map[i]).collect(),
                    text: decoded,
                },
                None => Self { text: decoded, map },
            });
        }
        view
    }

    pub(super) fn text(&self) -> &str {
        &self.text
    }

    /// A finding of the view as a finding of the original text.
    pub(super) fn to_original(&self, finding: Finding) -> Finding {
        Finding::new(
            self.map[finding.start],
            self.map[finding.end],
            finding.placeholder,
        )
    }
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// One round of decoding, or `None` when nothing changes.
fn decode_once(text: &str) -> Option<(String, Vec<usize>)> {
    let bytes = text.as_bytes();
    memchr::memchr2(b'%', b'\\', bytes)?;
    // Percent-decoding may produce bytes that are not UTF-8 (`%FF`): then decode only the
    // escapes of ASCII characters, which always give UTF-8.
    decode_bytes(bytes, false).or_else(|| decode_bytes(bytes, true))
}

fn decode_bytes(bytes: &[u8], ascii_only: bool) -> Option<(String, Vec<usize>)> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut map = Vec::with_capacity(bytes.len() + 1);
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        // Bytes up to the next `%` or `\` are copied as they are, in one go: most of a line.
        let run = memchr::memchr2(b'%', b'\\', &bytes[i..]).unwrap_or(bytes.len() - i);
        out.extend_from_slice(&bytes[i..i + run]);
        map.extend(i..i + run);
        i += run;
        if i == bytes.len() {
            break;
        }
        match escape_at(bytes, i, ascii_only) {
            Some((decoded, len)) => {
                map.extend(std::iter::repeat_n(i, decoded.len()));
                out.extend_from_slice(&decoded);
                i += len;
                changed = true;
            }
            None => {
                out.push(bytes[i]);
                map.push(i);
                i += 1;
            }
        }
    }
    map.push(bytes.len());
    if !changed {
        return None;
    }
    String::from_utf8(out).ok().map(|text| (text, map))
}

/// The escape at `bytes[i]` (a `%` or a backslash): the bytes it stands for and its length.
fn escape_at(bytes: &[u8], i: usize, ascii_only: bool) -> Option<(Decoded, usize)> {
    match bytes[i] {
        b'%' => bytes
            .get(i + 1..i + 3)
            .and_then(|h| Some(hex(h[0])? * 16 + hex(h[1])?))
            .filter(|b| !ascii_only || b.is_ascii())
            .map(|b| (Decoded::byte(b), 3)),
        b'\\' => match bytes.get(i + 1) {
            Some(b'"') => Some((Decoded::byte(b'"'), 2)),
            Some(b'\\') => Some((Decoded::byte(b'\\'), 2)),
            Some(b'/') => Some((Decoded::byte(b'/'), 2)),
            Some(b'n') => Some((Decoded::byte(b'\n'), 2)),
            Some(b't') => Some((Decoded::byte(b'\t'), 2)),
            Some(b'r') => Some((Decoded::byte(b'\r'), 2)),
            Some(b'u') => bytes
                .get(i + 2..i + 6)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
                .map(|c| (Decoded::char(c), 6)),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes one escape stands for (at most a character's four), without an allocation.
struct Decoded {
    bytes: [u8; 4],
    len: usize,
}

impl Decoded {
    fn byte(b: u8) -> Self {
        Self {
            bytes: [b, 0, 0, 0],
            len: 1,
        }
    }

    fn char(c: char) -> Self {
        let mut bytes = [0; 4];
        let len = c.encode_utf8(&mut bytes).len();
        Self { bytes, len }
    }
}

impl std::ops::Deref for Decoded {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}
