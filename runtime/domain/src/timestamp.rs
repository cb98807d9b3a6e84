//! Instants as UTC milliseconds since the epoch, written as RFC 3339 on the wire.
//!
//! Every [`Timestamp`] lies within years 0001 to 9999 (UTC): the range RFC 3339's four-digit
//! year can write, so that whatever is stored reads back. Parsers refuse times outside it;
//! arithmetic saturates at its ends instead of wrapping or panicking.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(i64);

/// Why a time was refused. It never carries the text it was given: a rejected value can be
/// anything a sender put in the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadTimestamp {
    #[error("not an RFC 3339 time ({0} bytes)")]
    NotRfc3339(usize),
    #[error("outside years 0001-9999 (UTC)")]
    OutOfRange,
}

impl Timestamp {
    /// `0001-01-01T00:00:00.000Z`.
    pub const MIN: Self = Self(-62_135_596_800_000);
    /// `9999-12-31T23:59:59.999Z`.
    pub const MAX: Self = Self(253_402_300_799_999);

    /// `ms` clamped to [`Self::MIN`]..=[`Self::MAX`]: for values awsmon computed or stored itself.
    /// What a sender wrote goes through [`Self::try_from_millis`].
    pub const fn from_millis(ms: i64) -> Self {
        if ms < Self::MIN.0 {
            Self::MIN
        } else if ms > Self::MAX.0 {
            Self::MAX
        } else {
            Self(ms)
        }
    }

    pub const fn try_from_millis(ms: i64) -> Result<Self, BadTimestamp> {
        if ms < Self::MIN.0 || ms > Self::MAX.0 {
            Err(BadTimestamp::OutOfRange)
        } else {
            Ok(Self(ms))
        }
    }

    pub const fn from_secs(secs: i64) -> Self {
        Self::from_millis(secs.saturating_mul(1000))
    }

    pub const fn millis(self) -> i64 {
        self.0
    }

    pub const fn secs(self) -> i64 {
        self.0.div_euclid(1000)
    }

    pub fn parse(raw: &str) -> Result<Self, BadTimestamp> {
        let moment = OffsetDateTime::parse(raw, &Rfc3339).map_err(|_| BadTimestamp::NotRfc3339(raw.len()))?;
        // An offset can move a valid local date outside the range (`0000-01-01T00:00:00+00:01`
        // is year -1 in UTC); the range is checked on the instant, not on the text.
        let ms = i64::try_from(moment.unix_timestamp_nanos().div_euclid(1_000_000))
            .map_err(|_| BadTimestamp::OutOfRange)?;
        Self::try_from_millis(ms)
    }

    /// RFC 3339 in UTC with milliseconds: `2026-11-24T09:00:00.123Z`.
    pub fn to_rfc3339(self) -> String {
        let moment = OffsetDateTime::from_unix_timestamp_nanos(i128::from(self.0) * 1_000_000)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH);
        let date = moment.date();
        let clock = moment.time();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            date.year(),
            u8::from(date.month()),
            date.day(),
            clock.hour(),
            clock.minute(),
            clock.second(),
            clock.millisecond()
        )
    }

    /// Saturating at [`Self::MIN`] and [`Self::MAX`]: a window or a delay too long to represent
    /// ends at the end of time, never before it began.
    pub const fn plus_millis(self, ms: i64) -> Self {
        Self::from_millis(self.0.saturating_add(ms))
    }

    /// `self - earlier` in ms; cannot overflow, as both lie within the range.
    pub const fn millis_since(self, earlier: Self) -> i64 {
        self.0 - earlier.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn parses_and_writes_rfc3339() {
        let t = Timestamp::parse("2026-11-24T09:00:00.123Z").unwrap();
        assert_eq!(t.millis(), 1_795_510_800_123);
        assert_eq!(t.to_rfc3339(), "2026-11-24T09:00:00.123Z");
        assert_eq!(
            Timestamp::parse("2026-11-24T10:00:00+01:00")
                .unwrap()
                .to_rfc3339(),
            "2026-11-24T09:00:00.000Z"
        );
        assert!(Timestamp::parse("yesterday").is_err());
    }

    #[test]
    fn refuses_times_an_offset_moves_outside_years_1_to_9999() {
        // The alarm time of issue 20 (there without the offset's colon, which the AWS time
        // parser adds): year 0 with a positive offset is year -1 in UTC.
        for raw in [
            "0000-01-01T00:00:00.000+00:01",
            "0001-01-01T00:00:00.000+00:01",
            "9999-12-31T23:59:59.999-00:01",
            "0000-06-01T00:00:00Z",
        ] {
            assert_eq!(Timestamp::parse(raw), Err(BadTimestamp::OutOfRange), "{raw}");
        }
        assert_eq!(
            Timestamp::parse("0001-01-01T00:00:00Z").unwrap(),
            Timestamp::MIN.plus_millis(0)
        );
        assert_eq!(
            Timestamp::parse("9999-12-31T23:59:59.999Z").unwrap().to_rfc3339(),
            "9999-12-31T23:59:59.999Z"
        );
        assert_eq!(Timestamp::MIN.to_rfc3339(), "0001-01-01T00:00:00.000Z");
        assert!(
            Timestamp::parse(&"9".repeat(100))
                .unwrap_err()
                .to_string()
                .contains("100 bytes")
        );
    }

    #[test]
    fn arithmetic_saturates_at_the_ends_of_time() {
        // The overflow of issue 20: a huge grouping window added to now.
        assert_eq!(Timestamp::from_secs(1).plus_millis(i64::MAX), Timestamp::MAX);
        assert_eq!(Timestamp::from_secs(1).plus_millis(i64::MIN), Timestamp::MIN);
        assert_eq!(Timestamp::from_millis(i64::MIN), Timestamp::MIN);
        assert_eq!(Timestamp::from_secs(i64::MAX), Timestamp::MAX);
        assert_eq!(
            Timestamp::try_from_millis(i64::MIN),
            Err(BadTimestamp::OutOfRange)
        );
        assert_eq!(Timestamp::MAX.millis_since(Timestamp::MIN), 315_537_897_599_999);
    }

    proptest! {
        #[test]
        fn round_trips(ms in Timestamp::MIN.millis()..=Timestamp::MAX.millis()) {
            let t = Timestamp::from_millis(ms);
            prop_assert_eq!(Timestamp::parse(&t.to_rfc3339()).unwrap(), t);
        }

        /// Whatever `parse` accepts, the stored form (`to_rfc3339`, and JSON) reads back as the
        /// same instant.
        #[test]
        fn what_parses_is_written_so_that_it_reads_back(
            year in 0i32..=10_000,
            month in 1u8..=12,
            day in 1u8..=28,
            clock in 0u32..86_400,
            offset in -1439i32..=1439,
        ) {
            let sign = if offset < 0 { '-' } else { '+' };
            let raw = format!(
                "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.5{sign}{:02}:{:02}",
                clock / 3600,
                clock / 60 % 60,
                clock % 60,
                offset.unsigned_abs() / 60,
                offset.unsigned_abs() % 60,
            );
            if let Ok(t) = Timestamp::parse(&raw) {
                prop_assert!((Timestamp::MIN..=Timestamp::MAX).contains(&t));
                prop_assert_eq!(Timestamp::parse(&t.to_rfc3339()), Ok(t));
                let json = serde_json::to_string(&t).unwrap();
                prop_assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
            }
        }

        #[test]
        fn arithmetic_stays_in_range(ms in any::<i64>(), delta in any::<i64>()) {
            let t = Timestamp::from_millis(ms).plus_millis(delta);
            prop_assert!((Timestamp::MIN..=Timestamp::MAX).contains(&t));
            prop_assert_eq!(Timestamp::parse(&t.to_rfc3339()), Ok(t));
        }
    }
}
