//! The agent registry over its port: heartbeats and deployments update it (from
//! `handle-monitoring-events`), and `update-deployment`'s scheduled check turns silent agents
//! and version drift into events that go through the same path as every other event.

use awsmon_domain::Timestamp;
use awsmon_domain::agent_registry::{Agent, AgentStatus};
use awsmon_domain::monitoring_event::MonitoringEvent;
use awsmon_domain::notification::Silence;
use tracing::{info, warn};

use crate::error::MasterError;
use crate::ingest::{self, Outcome, Policies};
use crate::metrics::Counters;
use crate::ports::{AgentRegistry, EventStore};

/// Apply an agent's heartbeat or deployment. A heartbeat from an agent that was silent also
/// resolves its silent issue; returns the webhooks that got a notification from that.
pub async fn update<S: EventStore + AgentRegistry>(
    store: &S,
    policies: &Policies,
    silences: &[Silence],
    event: &MonitoringEvent,
    now: Timestamp,
) -> Result<Vec<String>, MasterError> {
    let Some(agent_event) = &event.agent_event else {
        return Ok(Vec::new());
    };
    let agent_id = agent_event.agent().agent_id();
    for _ in 0..3 {
        let existing = store.get_agent(&agent_id).await?;
        let Some(updated) = Agent::apply(existing.as_ref(), agent_event) else {
            return Ok(Vec::new());
        };
        if store.save_agent(&updated).await? {
            let was_silent = existing.is_some_and(|a| a.status == AgentStatus::Silent);
            if was_silent && updated.last_heartbeat.is_some() {
                info!(agent_id, "silent agent heard again");
                let resolved = updated.heard_again(&policies.severity);
                if let Outcome::Stored { webhooks, .. } =
                    ingest::process(store, policies, silences, &resolved, now).await?
                {
                    return Ok(webhooks);
                }
            }
            return Ok(Vec::new());
        }
    }
    Err(MasterError::Contention(agent_id))
}

/// The scheduled check: every agent, against `now` and the master's version.
pub async fn check<S: EventStore + AgentRegistry>(
    store: &S,
    policies: &Policies,
    master_version: &str,
    now: Timestamp,
) -> Result<(Counters, Vec<String>), MasterError> {
    let silences = store.silences(now).await?;
    let mut counters = Counters::default();
    let mut webhooks = Vec::new();
    for agent in store.agents().await? {
        let findings = agent.check(now, master_version);
        for finding in &findings {
            let event = agent.finding_event(finding, now, &policies.severity);
            counters.processed += 1;
            match ingest::process(store, policies, &silences, &event, now).await? {
                Outcome::Duplicate => counters.duplicate += 1,
                Outcome::Stored { webhooks: sent, .. } => {
                    warn!(agent_id = agent.agent_id, event_id = %event.id, finding = event.title, "agent finding");
                    counters.stored += 1;
                    counters.notified += sent.len() as u64;
                    webhooks.extend(sent);
                }
            }
        }
        let silent = findings
            .iter()
            .any(|f| matches!(f, awsmon_domain::agent_registry::Finding::Silent { .. }));
        if silent && agent.status != AgentStatus::Silent {
            let mut marked = agent.clone();
            marked.status = AgentStatus::Silent;
            // Same `updated_at`: the condition lets it through only if nothing newer came in,
            // so it is written as a new state one millisecond later.
            marked.updated_at = agent.updated_at.plus_millis(1);
            store.save_agent(&marked).await?;
        }
    }
    Ok((counters, webhooks))
}
