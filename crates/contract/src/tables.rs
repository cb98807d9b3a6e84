//! The DynamoDB tables awsmon makes, as data: the provider creates them from this and the
//! runtimes' adapters use these attribute names (`docs/storage.md`).

/// A global secondary index projecting every attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Index {
    pub name: &'static str,
    pub partition_key: &'static str,
    pub sort_key: &'static str,
}

/// A pay-per-request table whose key attributes are all strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    pub partition_key: &'static str,
    pub sort_key: Option<&'static str>,
    pub indexes: &'static [Index],
    /// Epoch seconds after which DynamoDB deletes an item.
    pub ttl_attribute: Option<&'static str>,
}

impl Table {
    /// Every attribute a key or an index names, each once.
    pub fn key_attributes(&self) -> Vec<&'static str> {
        let mut names = vec![self.partition_key];
        names.extend(self.sort_key);
        for index in self.indexes {
            names.extend([index.partition_key, index.sort_key]);
        }
        names
    }
}

/// The master's single table (single-table design, `docs/storage.md`).
pub mod master {
    use super::{Index, Table};

    pub const PK: &str = "pk";
    pub const SK: &str = "sk";
    pub const GSI1: Index = Index {
        name: "gsi1",
        partition_key: "gsi1pk",
        sort_key: "gsi1sk",
    };
    pub const GSI2: Index = Index {
        name: "gsi2",
        partition_key: "gsi2pk",
        sort_key: "gsi2sk",
    };
    pub const TTL_ATTRIBUTE: &str = "expires_at";

    pub const TABLE: Table = Table {
        partition_key: PK,
        sort_key: Some(SK),
        indexes: &[GSI1, GSI2],
        ttl_attribute: Some(TTL_ATTRIBUTE),
    };
}

/// The table of an agent's per-log-group checkpoints, `<agent name>-checkpoints`.
pub const AGENT_CHECKPOINTS: Table = Table {
    partition_key: crate::agent::CHECKPOINT_KEY,
    sort_key: None,
    indexes: &[],
    ttl_attribute: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_attributes_are_distinct() {
        let names = master::TABLE.key_attributes();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(names.len(), unique.len());
        assert_eq!(names.len(), 6);
        assert_eq!(AGENT_CHECKPOINTS.key_attributes(), ["log_group"]);
    }
}
