//! `daily-report` (and weekly): build the report of the period before now from every stored
//! event, store it (the API returns it), and post it to Slack.

use std::collections::BTreeSet;

use awsmon_domain::Timestamp;
use awsmon_domain::agent_registry::AgentStatus;
use awsmon_domain::report::{Report, ReportKind};

use crate::error::MasterError;
use crate::ports::{AgentRegistry, ReportStore};

/// The report of `kind` for the period that ended at the last UTC midnight before `now`.
pub async fn build<S: ReportStore + AgentRegistry>(
    store: &S,
    kind: ReportKind,
    now: Timestamp,
) -> Result<Report, MasterError> {
    let (start, end) = kind.period_before(now);
    let length = end.millis() - start.millis();
    let rows = store.events_between(start, end, now).await?;
    let previous = store
        .count_between(start.plus_millis(-length), start, now)
        .await?;
    let issues: Vec<_> = rows
        .iter()
        .filter_map(|r| r.issue_id.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let first_seen = store.first_seen(&issues).await?;
    // Silent as `GET /agents` says at the same instant (`Agent::as_of`), not as last stored.
    let silent: Vec<String> = store
        .agents()
        .await?
        .into_iter()
        .filter(|a| a.as_of(now).status == AgentStatus::Silent)
        .map(|a| a.agent_id)
        .collect();
    Ok(Report::build(
        kind,
        (start, end),
        rows,
        &first_seen,
        silent,
        previous,
    ))
}
