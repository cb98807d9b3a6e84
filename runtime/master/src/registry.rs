//! The agent registry over its port: heartbeats and deployments update it (from
//! `handle-monitoring-events`), and `check-agents`'s scheduled check turns silent agents
//! and drift into events. Those events go through ingestion like every other (`ingest.rs`
//! calls this module, never the other way round).

use awsmon_domain::Timestamp;
use awsmon_domain::agent_registry::{Agent, AgentStatus, Finding};
use awsmon_domain::monitoring_event::{MonitoringEvent, SeverityPolicy};
use tracing::info;

use crate::error::MasterError;
use crate::ports::AgentRegistry;

/// Apply an agent's heartbeat or deployment. A heartbeat from an agent that was silent returns
/// the event that resolves its silent issue, for ingestion to store and notify.
pub async fn update<S: AgentRegistry>(
    store: &S,
    severity: &SeverityPolicy,
    event: &MonitoringEvent,
) -> Result<Option<MonitoringEvent>, MasterError> {
    let Some(agent_event) = &event.agent_event else {
        return Ok(None);
    };
    let agent_id = agent_event.agent().agent_id();
    for _ in 0..3 {
        let existing = store.get_agent(&agent_id).await?;
        let Some(updated) = Agent::apply(existing.as_ref(), agent_event) else {
            return Ok(None);
        };
        if store.save_agent(&updated).await? {
            let was_silent = existing.is_some_and(|a| a.status == AgentStatus::Silent);
            if was_silent && updated.last_heartbeat.is_some() {
                info!(agent_id, "silent agent heard again");
                return Ok(Some(updated.heard_again(severity)));
            }
            return Ok(None);
        }
    }
    Err(MasterError::Contention(agent_id))
}

/// The scheduled check: every agent, against `now` and the master's version. Marks silent
/// agents and returns the findings as events, for ingestion to store and notify.
pub async fn check<S: AgentRegistry>(
    store: &S,
    severity: &SeverityPolicy,
    master_version: &str,
    now: Timestamp,
) -> Result<Vec<MonitoringEvent>, MasterError> {
    let mut events = Vec::new();
    for agent in store.agents().await? {
        let findings = agent.check(now, master_version);
        events.extend(
            findings
                .iter()
                .map(|finding| agent.finding_event(finding, now, severity)),
        );
        let silent = findings.iter().any(|f| matches!(f, Finding::Silent { .. }));
        if silent && agent.status != AgentStatus::Silent {
            let mut marked = agent.clone();
            marked.status = AgentStatus::Silent;
            // Same `updated_at`: the condition lets it through only if nothing newer came in,
            // so it is written as a new state one millisecond later.
            marked.updated_at = agent.updated_at.plus_millis(1);
            store.save_agent(&marked).await?;
        }
    }
    Ok(events)
}
