//! Pagination cursors: opaque to clients, base64url (no padding) of JSON holding where each
//! partition of the listing stopped. A cursor is bound to the query that made it (filters and
//! time range), so a page can never be read under other filters than its predecessors.
//!
//! Cursors are not signed: the API function has no secret of its own to sign with, and a
//! cursor gives no access a first page does not (any caller may list any range of up to
//! [`MAX_RANGE_DAYS`] days). What a forged cursor could do is ask for more work than a real
//! one, so [`Cursor::decode`] accepts only what a cursor of this API can hold: a range of at
//! most [`MAX_RANGE_DAYS`] days within years 0001-9999, a group inside that range, at most one
//! position per shard, each a sort key inside the range.

use std::collections::{BTreeMap, BTreeSet};

use awsmon_domain::Timestamp;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use super::error::ApiError;
use super::request::MAX_RANGE_DAYS;
use crate::dynamodb::SHARDS;

const DAY_MS: i64 = 86_400_000;
/// The cursor format; another version is refused rather than misread.
const VERSION: u8 = 1;
/// Longer than any cursor this API makes: [`SHARDS`] positions of at most 142 bytes (a
/// 13-digit time, `#`, a 128-byte id) with their JSON, the filters and the group, in base64.
pub const MAX_LEN: usize = 8 * 1024;
/// The listing and its filters as [`super::request`] writes them are far shorter.
const MAX_QUERY_LEN: usize = 256;
/// The group of the issue listing; event listings group by UTC day (`YYYY-MM-DD`).
pub const ISSUES_GROUP: &str = "issues";

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
        if cursor.query.len() > MAX_QUERY_LEN {
            return Err(bad("unknown listing"));
        }
        let range = match cursor.range {
            None => None,
            Some((from, to)) => {
                let from = Timestamp::try_from_millis(from).map_err(|_| bad("bad range"))?;
                let to = Timestamp::try_from_millis(to).map_err(|_| bad("bad range"))?;
                let width = to.millis_since(from);
                if width <= 0 || width > MAX_RANGE_DAYS * DAY_MS {
                    return Err(bad("bad range"));
                }
                Some((from.millis(), to.millis()))
            }
        };
        let group_ok = match range {
            None => cursor.group == ISSUES_GROUP,
            // A day of the listing: it starts before `to` and ends after `from`.
            Some((from, to)) => {
                day_start(&cursor.group).is_some_and(|start| start < to && start + DAY_MS > from)
            }
        };
        if !group_ok {
            return Err(bad("unknown group"));
        }
        let partitions = cursor.positions.keys().chain(&cursor.exhausted);
        if cursor.positions.len() + cursor.exhausted.len() > 2 * SHARDS
            || partitions.into_iter().any(|&i| i >= SHARDS)
        {
            return Err(bad("unknown partition"));
        }
        // Positions become key bounds of queries: only sort keys of the shape this table
        // writes are accepted (`<13-digit ms>#<id>`), inside the listing's range.
        let valid_key = |key: &String| {
            key.split_once('#').is_some_and(|(ms, id)| {
                ms.len() == 13
                    && ms.bytes().all(|b| b.is_ascii_digit())
                    && range
                        .is_none_or(|(from, to)| ms.parse::<i64>().is_ok_and(|ms| (from..to).contains(&ms)))
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

/// The first ms of the UTC day `YYYY-MM-DD`, if `name` is one.
fn day_start(name: &str) -> Option<i64> {
    let shaped = name.len() == 10
        && name.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped
        .then(|| Timestamp::parse(&format!("{name}T00:00:00Z")).ok())
        .flatten()
        .map(Timestamp::millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOV_24: i64 = 1_795_478_400_000;

    fn refused(cursor: &Cursor) -> bool {
        matches!(Cursor::decode(&cursor.encode()), Err(ApiError::InvalidParameter { field, .. }) if field == "cursor")
    }

    /// The cursor of issue 20: `r = [i64::MIN, 1800000000000]` passed, and the listing built one
    /// group per day from the beginning of time until the function ran out of memory.
    #[test]
    fn a_forged_range_is_refused_before_any_work() {
        let day = |range| {
            Cursor::new(
                "events;account=;severity=;type=;status=".into(),
                Some(range),
                "2026-11-24".into(),
            )
        };
        assert!(!refused(&day((NOV_24, NOV_24 + DAY_MS))));
        assert!(!refused(&day((NOV_24 + DAY_MS - 31 * DAY_MS, NOV_24 + DAY_MS))));
        for range in [
            (i64::MIN, 1_800_000_000_000),
            (NOV_24, i64::MAX),
            (NOV_24 + DAY_MS, NOV_24),
            (NOV_24, NOV_24),
            (NOV_24 + DAY_MS - 31 * DAY_MS - 1, NOV_24 + DAY_MS),
            (Timestamp::MAX.millis() - 1, Timestamp::MAX.millis() + 1),
        ] {
            assert!(refused(&day(range)), "{range:?}");
        }
    }

    #[test]
    fn the_group_partitions_and_positions_must_lie_inside_the_listing() {
        let good = Cursor::new(
            "events".into(),
            Some((NOV_24, NOV_24 + 2 * DAY_MS)),
            "2026-11-25".into(),
        );
        assert!(!refused(&good));
        for group in ["2026-11-23", "2026-11-27", "issues", "2026-02-30", "day-1", ""] {
            let mut cursor = good.clone();
            cursor.group = group.into();
            assert!(refused(&cursor), "{group}");
        }
        let mut issues = Cursor::new("issues".into(), None, ISSUES_GROUP.into());
        assert!(!refused(&issues));
        issues.group = "2026-11-24".into();
        assert!(refused(&issues));
        let mut shard = good.clone();
        shard.exhausted.insert(SHARDS);
        assert!(refused(&shard));
        let mut outside = good.clone();
        outside
            .positions
            .insert(0, format!("{}#err-1", NOV_24 + 2 * DAY_MS));
        assert!(refused(&outside));
        outside
            .positions
            .insert(0, format!("{}#err-1", NOV_24 + 2 * DAY_MS - 1));
        assert!(!refused(&outside));
        let mut query = good;
        query.query = "q".repeat(MAX_QUERY_LEN + 1);
        assert!(refused(&query));
    }

    #[test]
    fn round_trips_and_refuses_what_it_did_not_make() {
        let mut cursor = Cursor::new(
            "events".into(),
            Some((NOV_24, NOV_24 + DAY_MS)),
            "2026-11-24".into(),
        );
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
