//! Validated identifiers: an invalid value cannot be constructed.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use sha2::{Digest, Sha256};

/// Why an identifier was rejected: what was expected and how long the value was, never the
/// value (a sender may have put anything, a secret too, in an id's field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("account id must be 12 digits (got {0} characters)")]
    Account(usize),
    #[error("region must look like `eu-west-1`, at most 32 characters (got {0} characters)")]
    Region(usize),
    #[error("fingerprint must be 16 lowercase hex characters (got {0} characters)")]
    Fingerprint(usize),
    #[error("event id must be 1 to 128 characters of [A-Za-z0-9._:-] (got {0} characters)")]
    Event(usize),
}

pub const MAX_REGION_CHARS: usize = 32;

fn chars(raw: &str) -> usize {
    raw.chars().count()
}

macro_rules! string_newtype {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(deserializer)?;
                Self::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// A 12-digit AWS account id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccountId(String);
string_newtype!(AccountId);

impl AccountId {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        if raw.len() == 12 && raw.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(IdError::Account(chars(raw)))
        }
    }
}

/// An AWS region name such as `eu-west-1` or `us-gov-east-1`, at most [`MAX_REGION_CHARS`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region(String);
string_newtype!(Region);

impl Region {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let parts: Vec<&str> = raw.split('-').collect();
        // The longest region names are 14 characters (`ap-southeast-1`, `eusc-de-east-1`).
        let valid = raw.len() <= MAX_REGION_CHARS
            && parts.len() >= 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
            && parts
                .last()
                .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if valid {
            Ok(Self(raw.to_owned()))
        } else {
            Err(IdError::Region(chars(raw)))
        }
    }
}

/// The stable identity of "the same problem": 16 hex characters (64 bits of SHA-256) of the
/// normalised material it was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(String);
string_newtype!(Fingerprint);

impl Fingerprint {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        if raw.len() == 16
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            Ok(Self(raw.to_owned()))
        } else {
            Err(IdError::Fingerprint(chars(raw)))
        }
    }

    /// The fingerprint of `parts`, joined unambiguously.
    pub fn of(parts: &[&str]) -> Self {
        Self(short_hash(parts))
    }
}

/// A deterministic event id: redelivery of the same event always maps to the same id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId(String);
string_newtype!(EventId);

impl EventId {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let valid = !raw.is_empty()
            && raw.len() <= 128
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'));
        if valid {
            Ok(Self(raw.to_owned()))
        } else {
            Err(IdError::Event(chars(raw)))
        }
    }

    /// `<prefix>-<32 hex>` from the parts that identify the event.
    pub fn derive(prefix: &str, parts: &[&str]) -> Self {
        let mut id = String::with_capacity(prefix.len() + 33);
        id.push_str(prefix);
        id.push('-');
        push_hex(&mut id, &digest(parts)[..16]);
        Self(id)
    }
}

/// SHA-256 of `parts`, each length-prefixed so that ("ab", "c") and ("a", "bc") differ.
fn digest(parts: &[&str]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part.as_bytes());
    }
    hasher.finalize().into()
}

/// Appends `bytes` in lowercase hex.
fn push_hex(out: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
}

fn short_hash(parts: &[&str]) -> String {
    let mut hex = String::with_capacity(16);
    push_hex(&mut hex, &digest(parts)[..8]);
    hex
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn account_ids_are_twelve_digits() {
        assert!(AccountId::parse("123456789012").is_ok());
        for bad in ["12345678901", "1234567890123", "12345678901a", "", " 23456789012"] {
            assert_eq!(AccountId::parse(bad), Err(IdError::Account(chars(bad))));
        }
    }

    #[test]
    fn regions_have_the_aws_shape() {
        for good in ["eu-west-1", "us-gov-east-1", "ap-southeast-3"] {
            assert!(Region::parse(good).is_ok(), "{good}");
        }
        for bad in ["eu-west", "EU-WEST-1", "eu--1", "eu-west-x", ""] {
            assert!(Region::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn derived_ids_separate_their_parts() {
        assert_ne!(
            EventId::derive("e", &["ab", "c"]),
            EventId::derive("e", &["a", "bc"])
        );
        assert_eq!(EventId::derive("e", &["x"]), EventId::derive("e", &["x"]));
        assert!(EventId::parse(EventId::derive("err", &["x"]).as_str()).is_ok());
        assert!(Fingerprint::parse(Fingerprint::of(&["x"]).as_str()).is_ok());
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_text_never_panics(raw in ".*") {
            let _ = AccountId::parse(&raw);
            let _ = Region::parse(&raw);
            let _ = Fingerprint::parse(&raw);
            let _ = EventId::parse(&raw);
        }

        #[test]
        fn serde_round_trips_valid_ids(digits in "[0-9]{12}") {
            let id = AccountId::parse(&digits).unwrap();
            let json = serde_json::to_string(&id).unwrap();
            prop_assert_eq!(serde_json::from_str::<AccountId>(&json).unwrap(), id);
        }
    }
}
