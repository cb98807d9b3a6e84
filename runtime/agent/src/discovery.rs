//! Which log groups a run watches: explicit names, prefixes, and the log groups of Lambda
//! functions and ECS services found by tag. Groups that do not exist are skipped and reported,
//! never fatal.

use std::collections::BTreeSet;

use futures::future::join_all;

use crate::config::Config;
use crate::ports::{LogGroupCatalog, TaggedWorkloads};

/// The log groups to scan, sorted, and what could not be watched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovered {
    pub log_groups: Vec<String>,
    pub problems: Vec<String>,
}

/// Resolves the configuration into existing log groups.
pub async fn discover<C: LogGroupCatalog, T: TaggedWorkloads>(
    config: &Config,
    catalog: &C,
    tagged: &T,
) -> Discovered {
    let mut problems = Vec::new();
    let mut found = BTreeSet::new();
    let mut wanted: BTreeSet<String> = config.log_group_names.iter().cloned().collect();
    if let Some(tag) = &config.discovery_tag {
        match tagged.log_groups(tag).await {
            Ok(tagged) => {
                wanted.extend(tagged.log_groups);
                problems.extend(tagged.problems);
            }
            Err(e) => problems.push(format!("discovery by tag {} failed: {e}", tag.key)),
        }
    }
    let prefixes = join_all(
        config
            .log_group_prefixes
            .iter()
            .map(|prefix| async move { (prefix, catalog.groups_with_prefix(prefix).await) }),
    )
    .await;
    for (prefix, result) in prefixes {
        match result {
            Ok(groups) => found.extend(groups),
            Err(e) => problems.push(format!("listing log groups with prefix {prefix} failed: {e}")),
        }
    }
    let wanted: Vec<String> = wanted.into_iter().filter(|name| !found.contains(name)).collect();
    let checks = join_all(wanted.iter().map(|name| exists(catalog, name))).await;
    for (name, check) in wanted.iter().zip(checks) {
        match check {
            Ok(true) => {
                found.insert(name.clone());
            }
            Ok(false) => problems.push(format!("log group {name} does not exist: skipped")),
            Err(e) => problems.push(format!("checking log group {name} failed: {e}")),
        }
    }
    Discovered {
        log_groups: found.into_iter().collect(),
        problems,
    }
}

/// Whether a log group of exactly this name exists.
pub async fn exists<C: LogGroupCatalog>(catalog: &C, name: &str) -> Result<bool, crate::error::AwsError> {
    Ok(catalog
        .groups_with_prefix(name)
        .await?
        .iter()
        .any(|group| group == name))
}
