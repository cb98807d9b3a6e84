//! Pagination cursors: opaque to clients, base64url (no padding) of JSON holding where each
//! partition of the listing stopped. A cursor is bound to the query that made it (filters and
//! time range), so a page can never be read under other filters than its predecessors.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use super::error::ApiError;

/// The cursor format; another version is refused rather than misread.
const VERSION: u8 = 1;
/// Longer than any cursor this API makes (512 partitions of positions at most).
const MAX_LEN: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    #[serde(rename = "v")]
    pub version: u8,
    /// The listing and its filters, as [`super::request`] writes them.
    #[serde(rename = "q")]
    pub query: String,
    /// The time range in epoch ms, `[from, to)`, fixed by the first page (its default is
    /// relative to the time of that first request).
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub range: Option<(i64, i64)>,
    /// The group of partitions (a day, or `issues`) the previous page stopped in; the groups
    /// before it are done.
    #[serde(rename = "g")]
    pub group: String,
    /// Partition index -> sort key of the last item taken from it (exclusive bound for the
    /// next page).
    #[serde(rename = "p", default)]
    pub positions: BTreeMap<usize, String>,
    /// Partitions of the group that have nothing more.
    #[serde(rename = "x", default)]
    pub exhausted: BTreeSet<usize>,
}

impl Cursor {
    pub fn new(query: String, range: Option<(i64, i64)>, group: String) -> Self {
        Self {
            version: VERSION,
            query,
            range,
            group,
            positions: BTreeMap::new(),
            exhausted: BTreeSet::new(),
        }
    }

    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    /// A cursor this API made; anything else is a 400 naming `cursor`.
    pub fn decode(raw: &str) -> Result<Self, ApiError> {
        let bad = |why: &str| ApiError::invalid("cursor", format!("not a cursor of this API ({why})"));
        if raw.len() > MAX_LEN {
            return Err(bad("too long"));
        }
        let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad("not base64url"))?;
        let cursor: Self = serde_json::from_slice(&bytes).map_err(|_| bad("not its JSON"))?;
        if cursor.version != VERSION {
            return Err(bad("another version"));
        }
        // Positions become key bounds of queries: only sort keys of the shape this table
        // writes are accepted (`<13-digit ms>#<id>`).
        let valid_key = |key: &String| {
            key.split_once('#').is_some_and(|(ms, id)| {
                ms.len() == 13
                    && ms.bytes().all(|b| b.is_ascii_digit())
                    && !id.is_empty()
                    && id.len() <= 128
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'))
            })
        };
        if !cursor.positions.values().all(valid_key) {
            return Err(bad("a position is malformed"));
        }
        Ok(cursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_what_it_did_not_make() {
        let mut cursor = Cursor::new("events".into(), Some((1, 2)), "2026-11-24".into());
        cursor.positions.insert(3, "1795510800123#err-1".into());
        cursor.exhausted.insert(7);
        let raw = cursor.encode();
        assert!(
            raw.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_eq!(Cursor::decode(&raw).unwrap(), cursor);
        cursor.positions.insert(4, "x#y".into());
        for bad in [
            "%%%",
            "e30",
            &cursor.encode(),
            &URL_SAFE_NO_PAD.encode(br#"{"v":2,"q":"","g":""}"#),
        ] {
            match Cursor::decode(bad) {
                Err(ApiError::InvalidParameter { field, .. }) => assert_eq!(field, "cursor"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
