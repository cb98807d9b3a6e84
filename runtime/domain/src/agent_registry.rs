//! The agent registry: what each agent last said about itself, and what the master concludes
//! (silent, version drift). Findings become monitoring events that group into issues and notify
//! like any other.

use serde::{Deserialize, Serialize};

use crate::agent_event::{AgentEvent, DeploymentAction};
use crate::ids::{AccountId, EventId, Fingerprint, Region};
use crate::monitoring_event::{EventType, MonitoringEvent, SeverityPolicy};
use crate::timestamp::Timestamp;

/// An agent is silent after this many schedule periods without a heartbeat.
pub const SILENT_AFTER_PERIODS: i64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgentStatus {
    /// Its last run went through.
    Healthy,
    /// Its last run reported failed chunks or errors.
    Degraded,
    /// No heartbeat for [`SILENT_AFTER_PERIODS`] periods.
    Silent,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// `<account>/<region>`.
    pub agent_id: String,
    pub account_id: AccountId,
    pub region: Region,
    pub agent_version: String,
    /// `awsmon_contract::agent::config_hash` of what the agent runs (its last heartbeat).
    pub config_hash: String,
    /// The same hash of what the provider deployed (its last deployment event); they differ when
    /// a variable was changed outside Terraform or an apply did not finish.
    #[serde(default)]
    pub deployed_config_hash: String,
    pub schedule_period_secs: u64,
    pub status: AgentStatus,
    pub deployed_at: Option<Timestamp>,
    pub last_heartbeat: Option<Timestamp>,
    /// What the last run reported as wrong (redacted by the agent).
    pub last_errors: Vec<String>,
    /// Time of the newest event applied: older ones (late redeliveries) change nothing.
    pub updated_at: Timestamp,
}

/// What the master concludes about an agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    Silent {
        last_heard: Timestamp,
    },
    VersionDrift {
        agent_version: String,
        master_version: String,
    },
    /// The agent has run since its deployment, with another configuration than was deployed.
    ConfigDrift {
        deployed: String,
        running: String,
    },
}

impl Agent {
    /// The registry entry after `event`; `None` when the event is not newer than what is known.
    pub fn apply(existing: Option<&Agent>, event: &AgentEvent) -> Option<Agent> {
        let who = event.agent();
        let at = match event {
            AgentEvent::Heartbeat(h) => h.started_at,
            AgentEvent::Deployment(d) => d.at,
            AgentEvent::ErrorLog(_) => return None,
        };
        if existing.is_some_and(|a| a.updated_at >= at) {
            return None;
        }
        let mut agent = existing.cloned().unwrap_or_else(|| Agent {
            agent_id: who.agent_id(),
            account_id: who.account_id.clone(),
            region: who.region.clone(),
            agent_version: who.agent_version.clone(),
            config_hash: String::new(),
            deployed_config_hash: String::new(),
            schedule_period_secs: 0,
            status: AgentStatus::Healthy,
            deployed_at: None,
            last_heartbeat: None,
            last_errors: Vec::new(),
            updated_at: at,
        });
        agent.agent_version = who.agent_version.clone();
        agent.updated_at = at;
        match event {
            AgentEvent::Heartbeat(h) => {
                agent.config_hash = h.config_hash.clone();
                agent.schedule_period_secs = h.schedule_period_secs;
                agent.last_heartbeat = Some(h.started_at);
                agent.last_errors = h.errors.clone();
                agent.status = if h.failed_chunks > 0 || !h.errors.is_empty() {
                    AgentStatus::Degraded
                } else {
                    AgentStatus::Healthy
                };
            }
            AgentEvent::Deployment(d) => {
                agent.deployed_config_hash = d.config_hash.clone();
                agent.schedule_period_secs = d.schedule_period_secs;
                agent.deployed_at = Some(d.at);
                agent.status = match d.action {
                    DeploymentAction::Removed => AgentStatus::Removed,
                    _ if agent.status == AgentStatus::Removed => AgentStatus::Healthy,
                    _ => agent.status,
                };
            }
            AgentEvent::ErrorLog(_) => {}
        }
        Some(agent)
    }

    /// When the agent was last heard of, if it is silent at `now`: no heartbeat (or, before the
    /// first, no deployment) for more than [`SILENT_AFTER_PERIODS`] schedule periods. The one
    /// definition of silent: the scheduled check, the reports and the API all ask this.
    pub fn silent_since(&self, now: Timestamp) -> Option<Timestamp> {
        if self.status == AgentStatus::Removed {
            return None;
        }
        let period_ms = i64::try_from(self.schedule_period_secs.max(1))
            .unwrap_or(i64::MAX / 4)
            .saturating_mul(1000);
        let last_heard = self
            .last_heartbeat
            .or(self.deployed_at)
            .unwrap_or(self.updated_at);
        (now.millis().saturating_sub(last_heard.millis()) > SILENT_AFTER_PERIODS.saturating_mul(period_ms))
            .then_some(last_heard)
    }

    /// The agent as it stands at `now`. The stored status says `silent` only once the scheduled
    /// check has run (every few minutes); in between, a reader of the registry would call an
    /// agent healthy that a report at the same instant calls silent. Status here is `silent`
    /// when [`Self::silent_since`] says so, else the stored one: a stored `silent` stays until a
    /// heartbeat or a deployment changes it, because the check judged at its scheduled time,
    /// which a reader's clock may not have reached.
    pub fn as_of(&self, now: Timestamp) -> Agent {
        let mut agent = self.clone();
        if self.status != AgentStatus::Removed && self.silent_since(now).is_some() {
            agent.status = AgentStatus::Silent;
        }
        agent
    }

    /// What is wrong with this agent at `now`, measured against the master's version.
    pub fn check(&self, now: Timestamp, master_version: &str) -> Vec<Finding> {
        if self.status == AgentStatus::Removed {
            return Vec::new();
        }
        let mut findings = Vec::new();
        if let Some(last_heard) = self.silent_since(now) {
            findings.push(Finding::Silent { last_heard });
        }
        if self.agent_version != master_version {
            findings.push(Finding::VersionDrift {
                agent_version: self.agent_version.clone(),
                master_version: master_version.to_owned(),
            });
        }
        let ran_since_deployed = match (self.last_heartbeat, self.deployed_at) {
            (Some(heard), Some(deployed)) => heard > deployed,
            _ => false,
        };
        if ran_since_deployed
            && !self.deployed_config_hash.is_empty()
            && self.config_hash != self.deployed_config_hash
        {
            findings.push(Finding::ConfigDrift {
                deployed: self.deployed_config_hash.clone(),
                running: self.config_hash.clone(),
            });
        }
        findings
    }

    /// A finding as an event. Ids derive from what was found (the silence since when, the two
    /// versions), so checking again finds the same event and stores it once.
    pub fn finding_event(
        &self,
        finding: &Finding,
        now: Timestamp,
        policy: &SeverityPolicy,
    ) -> MonitoringEvent {
        let (event_type, kind, id, title, context) = match finding {
            Finding::Silent { last_heard } => (
                EventType::AgentSilent,
                EventType::AgentSilent.as_str(),
                EventId::derive("silent", &[&self.agent_id, &last_heard.millis().to_string()]),
                format!("Agent {} is silent", self.agent_id),
                vec![format!(
                    "no heartbeat since {last_heard} (runs every {} s)",
                    self.schedule_period_secs
                )],
            ),
            Finding::VersionDrift {
                agent_version,
                master_version,
            } => (
                EventType::VersionDrift,
                EventType::VersionDrift.as_str(),
                EventId::derive("drift", &[&self.agent_id, agent_version, master_version]),
                format!(
                    "Agent {} runs {agent_version}, the master {master_version}",
                    self.agent_id
                ),
                Vec::new(),
            ),
            Finding::ConfigDrift { deployed, running } => (
                EventType::VersionDrift,
                "config-drift",
                EventId::derive("config-drift", &[&self.agent_id, deployed, running]),
                format!(
                    "Agent {} runs another configuration than was deployed",
                    self.agent_id
                ),
                vec![format!(
                    "deployed configuration {deployed}, running {running}: a variable was changed outside Terraform, or the last apply did not finish"
                )],
            ),
        };
        MonitoringEvent {
            id,
            account_id: self.account_id.clone(),
            region: self.region.clone(),
            source: "awsmon.master".into(),
            event_type,
            severity: policy.rule(event_type).severity,
            fingerprint: Fingerprint::of(&[kind, &self.agent_id]),
            time: now,
            title,
            resource: self.agent_id.clone(),
            count: 1,
            resolves: false,
            context,
            agent_event: None,
        }
    }

    /// The event that resolves this agent's silent issue, when a heartbeat arrives.
    pub fn heard_again(&self, policy: &SeverityPolicy) -> MonitoringEvent {
        let at = self.last_heartbeat.unwrap_or(self.updated_at);
        let mut event = self.finding_event(&Finding::Silent { last_heard: at }, at, policy);
        event.id = EventId::derive("heard", &[&self.agent_id, &at.millis().to_string()]);
        event.title = format!("Agent {} is heard again", self.agent_id);
        event.resolves = true;
        event
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent_event::{AgentIdentity, Deployment, Heartbeat, SCHEMA_VERSION};
    use crate::severity::Severity;

    fn identity(version: &str) -> AgentIdentity {
        AgentIdentity {
            account_id: AccountId::parse("222222222222").unwrap(),
            region: Region::parse("eu-west-1").unwrap(),
            agent_version: version.into(),
        }
    }

    fn heartbeat(secs: i64, errors: Vec<String>) -> AgentEvent {
        AgentEvent::Heartbeat(Heartbeat {
            schema_version: SCHEMA_VERSION,
            id: EventId::derive("hb", &[&secs.to_string()]),
            agent: identity("0.1.0"),
            started_at: Timestamp::from_secs(secs),
            duration_ms: 5,
            schedule_period_secs: 300,
            config_hash: "c1".into(),
            log_groups_watched: 2,
            queries: 1,
            lines_matched: 0,
            lines_not_errors: 0,
            events_published: 0,
            covered_ms: 300_000,
            failed_chunks: 0,
            errors,
        })
    }

    #[test]
    fn heartbeats_update_the_agent_and_late_ones_change_nothing() {
        let agent = Agent::apply(None, &heartbeat(1_000, vec![])).unwrap();
        assert_eq!(
            (agent.status, agent.last_heartbeat),
            (AgentStatus::Healthy, Some(Timestamp::from_secs(1_000)))
        );
        let degraded = Agent::apply(Some(&agent), &heartbeat(1_300, vec!["query failed".into()])).unwrap();
        assert_eq!(degraded.status, AgentStatus::Degraded);
        assert_eq!(Agent::apply(Some(&degraded), &heartbeat(1_000, vec![])), None);
        let removed = Agent::apply(
            Some(&degraded),
            &AgentEvent::Deployment(Deployment {
                schema_version: SCHEMA_VERSION,
                id: EventId::derive("dep", &["x"]),
                agent: identity("0.1.0"),
                action: DeploymentAction::Removed,
                config_hash: "c1".into(),
                schedule_period_secs: 300,
                at: Timestamp::from_secs(2_000),
            }),
        )
        .unwrap();
        assert_eq!(removed.status, AgentStatus::Removed);
        assert!(removed.check(Timestamp::from_secs(99_999), "9.9.9").is_empty());
    }

    #[test]
    fn a_configuration_other_than_the_deployed_one_is_drift_once_the_agent_has_run() {
        let deployment = |hash: &str, secs: i64| {
            AgentEvent::Deployment(Deployment {
                schema_version: SCHEMA_VERSION,
                id: EventId::derive("dep", &[hash]),
                agent: identity("0.1.0"),
                action: DeploymentAction::Updated,
                config_hash: hash.into(),
                schedule_period_secs: 300,
                at: Timestamp::from_secs(secs),
            })
        };
        let now = Timestamp::from_secs(1_100);
        let running_c1 = Agent::apply(None, &heartbeat(1_000, vec![])).unwrap();
        let deployed_c2 = Agent::apply(Some(&running_c1), &deployment("c2", 1_050)).unwrap();
        assert_eq!(deployed_c2.config_hash, "c1", "a deployment is not what runs");
        assert!(
            deployed_c2.check(now, "0.1.0").is_empty(),
            "the agent has not run since the deployment"
        );
        let still_c1 = Agent::apply(Some(&deployed_c2), &heartbeat(1_080, vec![])).unwrap();
        let findings = still_c1.check(now, "0.1.0");
        assert_eq!(
            findings,
            [Finding::ConfigDrift {
                deployed: "c2".into(),
                running: "c1".into()
            }]
        );
        let event = still_c1.finding_event(&findings[0], now, &SeverityPolicy::default());
        assert_eq!(event.event_type, EventType::VersionDrift);
        assert!(event.context[0].contains("c2"), "{:?}", event.context);
        let agreed = Agent::apply(Some(&still_c1), &deployment("c1", 1_090)).unwrap();
        let agreed = Agent::apply(Some(&agreed), &heartbeat(1_095, vec![])).unwrap();
        assert!(agreed.check(now, "0.1.0").is_empty());
    }

    #[test]
    fn silent_after_three_periods_and_drift_against_the_master() {
        let agent = Agent::apply(None, &heartbeat(1_000, vec![])).unwrap();
        assert!(agent.check(Timestamp::from_secs(1_900), "0.1.0").is_empty());
        let findings = agent.check(Timestamp::from_secs(1_901), "0.2.0");
        assert_eq!(
            findings,
            vec![
                Finding::Silent {
                    last_heard: Timestamp::from_secs(1_000)
                },
                Finding::VersionDrift {
                    agent_version: "0.1.0".into(),
                    master_version: "0.2.0".into()
                }
            ]
        );
        let policy = SeverityPolicy::default();
        let first = agent.finding_event(&findings[0], Timestamp::from_secs(1_901), &policy);
        let again = agent.finding_event(&findings[0], Timestamp::from_secs(2_500), &policy);
        assert_eq!(first.id, again.id, "the same silence is one event");
        assert_eq!(
            (first.event_type, first.severity),
            (EventType::AgentSilent, Severity::High)
        );
        let back = agent.heard_again(&policy);
        assert!(back.resolves);
        assert_eq!(back.fingerprint, first.fingerprint);
    }

    #[test]
    fn the_status_as_of_an_instant_is_silent_when_the_check_finds_it_or_marked_it_silent() {
        let healthy = Agent::apply(None, &heartbeat(1_000, vec![])).unwrap();
        let mut marked = healthy.clone();
        marked.status = AgentStatus::Silent;
        let mut removed = healthy.clone();
        removed.status = AgentStatus::Removed;
        let degraded = Agent::apply(None, &heartbeat(1_000, vec!["boom".into()])).unwrap();
        for agent in [&healthy, &marked, &removed, &degraded] {
            for now in [1_000, 1_900, 1_901, 100_000] {
                let now = Timestamp::from_secs(now);
                let found_silent = agent
                    .check(now, "0.1.0")
                    .iter()
                    .any(|f| matches!(f, Finding::Silent { .. }));
                // A stored `silent` holds until a heartbeat: the check that marked it may have
                // judged at a scheduled time later than `now`.
                let marked_silent = agent.status == AgentStatus::Silent;
                assert_eq!(
                    agent.as_of(now).status == AgentStatus::Silent,
                    found_silent || marked_silent,
                    "{:?} at {now:?}",
                    agent.status
                );
            }
        }
        // Not yet marked by the scheduled check: silent all the same.
        assert_eq!(
            healthy.as_of(Timestamp::from_secs(1_901)).status,
            AgentStatus::Silent
        );
        assert_eq!(
            degraded.as_of(Timestamp::from_secs(1_900)).status,
            AgentStatus::Degraded
        );
        assert_eq!(
            marked.as_of(Timestamp::from_secs(1_900)).status,
            AgentStatus::Silent,
            "marked by a check scheduled later than this instant"
        );
        assert_eq!(
            removed.as_of(Timestamp::from_secs(100_000)).status,
            AgentStatus::Removed
        );
    }
}
