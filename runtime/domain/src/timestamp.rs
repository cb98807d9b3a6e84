//! Instants as UTC milliseconds since the epoch, written as RFC 3339 on the wire.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(i64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an RFC 3339 time: {0:?}")]
pub struct BadTimestamp(pub String);

impl Timestamp {
    pub const fn from_millis(ms: i64) -> Self {
        Self(ms)
    }

    pub const fn from_secs(secs: i64) -> Self {
        Self(secs * 1000)
    }

    pub const fn millis(self) -> i64 {
        self.0
    }

    pub const fn secs(self) -> i64 {
        self.0.div_euclid(1000)
    }

    pub fn parse(raw: &str) -> Result<Self, BadTimestamp> {
        let moment = OffsetDateTime::parse(raw, &Rfc3339).map_err(|_| BadTimestamp(raw.to_owned()))?;
        Ok(Self((moment.unix_timestamp_nanos() / 1_000_000) as i64))
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

    pub const fn plus_millis(self, ms: i64) -> Self {
        Self(self.0 + ms)
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

    proptest! {
        #[test]
        fn round_trips(ms in 0i64..4_102_444_800_000) {
            let t = Timestamp::from_millis(ms);
            prop_assert_eq!(Timestamp::parse(&t.to_rfc3339()).unwrap(), t);
        }
    }
}
