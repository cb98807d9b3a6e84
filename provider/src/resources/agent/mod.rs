//! `awsmon_agent`: the query-error-logs function of one monitored account and region, its
//! schedule and its log group; announces itself to the master bus when deployed, updated or
//! removed.

use async_trait::async_trait;
use awsmon_contract::agent;
use awsmon_contract::functions::{self, Cadence};
use awsmon_domain::agent_event::{
    AgentEvent, AgentIdentity, Deployment, DeploymentAction, SCHEMA_VERSION, SOURCE,
};
use awsmon_domain::{AccountId, EventId, Region, Timestamp};
use tf_provider::schema::Schema;
use tf_provider::value::{Value, ValueEmpty};
use tf_provider::{AttributePath, Diagnostics, Resource};

use crate::artifact::{self, Artifact};
use crate::aws::{self, FunctionSpec};
use crate::clients::Clients;
use crate::function::settings::{self, layers_back, own_tags, tags_back, vpc_back};
use crate::function::{self, FunctionUnit, ScheduleSpec};
use crate::provider::SharedClients;
use crate::resources::{configured, report, report_each, report_unit};
use crate::validation;
use crate::values::{number, strings, text};

mod environment;
mod schema;
mod state;
#[cfg(test)]
mod tests;
mod validate;

use environment::*;
use schema::*;
use state::*;
use validate::*;

/// The value of the `awsmon:component` tag of what this resource makes.
const COMPONENT: &str = functions::Component::Agent.tag();

const ARTIFACT: Artifact = artifact::QUERY_ERROR_LOGS;

#[derive(Debug, Clone)]
pub struct AgentResource {
    clients: SharedClients,
}

impl AgentResource {
    pub fn new(clients: SharedClients) -> Self {
        Self { clients }
    }
}

/// The agent's function unit: the function, its log group and its schedule.
fn unit(state: &AgentState<'_>, clients: &Clients) -> FunctionUnit {
    let name = text(&state.name).unwrap_or_default().to_owned();
    FunctionUnit {
        schedules: vec![ScheduleSpec {
            rule: schedule_rule(&name),
            expression: schedule_expression(state),
            input: functions::AGENT_SCHEDULE.input,
        }],
        spec: FunctionSpec {
            name,
            handler: functions::QUERY_ERROR_LOGS.name,
            layers: strings(&state.layers),
            vpc: settings::vpc(&state.vpc_config),
            role_arn: text(&state.role_arn).unwrap_or_default().to_owned(),
            memory_size: number(&state.memory_size).unwrap_or(functions::MEMORY_SIZE.default) as i32,
            timeout: number(&state.timeout).unwrap_or(functions::AGENT_TIMEOUT.default) as i32,
            environment: environment(state),
            tags: settings::tags(&clients.default_tags, &state.tags, COMPONENT),
        },
        artifact: ARTIFACT,
        log_retention_days: number(&state.log_retention_days).unwrap_or(functions::DEFAULT_LOG_RETENTION_DAYS)
            as i32,
        dead_letter_queue_arn: text(&state.dead_letter_queue_arn).map(str::to_owned),
    }
}

/// The agent's schedule as configured, or the contract's default.
fn schedule_expression(state: &AgentState<'_>) -> String {
    match functions::AGENT_SCHEDULE.cadence {
        Cadence::Fixed(expression) => expression.to_owned(),
        Cadence::Chosen { default, .. } => text(&state.schedule_expression).unwrap_or(default).to_owned(),
    }
}

fn schedule_rule(name: &str) -> String {
    format!("{name}-schedule")
}

/// `<account>/<region>` from `arn:aws:lambda:<region>:<account>:function:<name>`.
fn identity_from_arn(function_arn: &str) -> Option<AgentIdentity> {
    let parts: Vec<&str> = function_arn.split(':').collect();
    Some(AgentIdentity {
        account_id: AccountId::parse(parts.get(4)?).ok()?,
        region: Region::parse(parts.get(3)?).ok()?,
        agent_version: artifact::RUNTIME_VERSION.to_owned(),
    })
}

impl AgentResource {
    /// Makes the agent as planned, or brings it there: its checkpoint table, then its function
    /// unit; then tells the master. None when the function could not be deployed (the error is
    /// reported); the state, with its ARN, when it was, even if a later step failed, so that the
    /// next apply converges from it.
    async fn converge<'a>(
        &self,
        clients: &Clients,
        diags: &mut Diagnostics,
        planned: AgentState<'a>,
        action: DeploymentAction,
    ) -> Option<AgentState<'a>> {
        let unit = unit(&planned, clients);
        let table = agent::checkpoint_table(&unit.spec.name);
        if let Err(error) = aws::put_checkpoint_table(clients, &table, &unit.spec.tags).await {
            report(diags, "Cannot create the agent's checkpoint table", error);
            return None;
        }
        let mut state = planned;
        let arn = match unit.converge(clients).await {
            Ok(arn) => arn,
            Err(error) => {
                let arn = error.arn.clone();
                report_unit(diags, "Cannot deploy the agent", error);
                state.function_arn = Value::Value(arn?.into());
                return Some(state);
            }
        };
        state.agent_id = identity_from_arn(&arn)
            .map(|a| Value::Value(a.agent_id().into()))
            .unwrap_or(Value::Null);
        state.function_arn = Value::Value(arn.into());
        self.announce(clients, diags, &state, action).await;
        Some(state)
    }

    /// Tell the master's registry which agent now exists (or no longer does). A failure is a
    /// warning: the agent's heartbeats register it too.
    async fn announce(
        &self,
        clients: &Clients,
        diags: &mut Diagnostics,
        state: &AgentState<'_>,
        action: DeploymentAction,
    ) {
        let (Some(bus), Some(arn)) = (text(&state.master_bus_arn), text(&state.function_arn)) else {
            return;
        };
        let Some(agent) = identity_from_arn(arn) else {
            return;
        };
        let env = environment(state);
        let hash = agent::config_hash(|name| env.get(name).cloned());
        let at = Timestamp::from_millis(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as i64),
        );
        let action_name = serde_json::to_value(action)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let event = AgentEvent::Deployment(Deployment {
            schema_version: SCHEMA_VERSION,
            id: EventId::derive(
                "dep",
                &[
                    agent.account_id.as_str(),
                    agent.region.as_str(),
                    &action_name,
                    &hash,
                    &at.to_rfc3339(),
                ],
            ),
            agent,
            action,
            config_hash: hash,
            schedule_period_secs: text(&state.schedule_expression)
                .and_then(validation::schedule_period_secs)
                .unwrap_or(0),
            at,
        });
        let entry = aws_sdk_eventbridge::types::PutEventsRequestEntry::builder()
            .event_bus_name(bus)
            .source(SOURCE)
            .detail_type(event.detail_type().as_str())
            .detail(event.detail_json().to_string())
            .build();
        let sent = clients
            .events_for_bus(bus)
            .put_events()
            .entries(entry)
            .send()
            .await;
        let failed = match sent {
            Ok(output) => output.failed_entry_count > 0,
            Err(_) => true,
        };
        if failed {
            diags.root_warning(
                "The master was not told about this agent",
                format!(
                    "PutEvents to {bus} failed: check the master bus policy lets this account put events"
                ),
            );
        }
    }
}

#[async_trait]
impl Resource for AgentResource {
    type State<'a> = AgentState<'a>;
    type PrivateState<'a> = ValueEmpty;
    type ProviderMetaState<'a> = ValueEmpty;

    fn schema(&self, _diags: &mut Diagnostics) -> Option<Schema> {
        Some(schema())
    }

    async fn validate<'a>(&self, diags: &mut Diagnostics, config: Self::State<'a>) -> Option<()> {
        validate_config(&config, diags);
        Some(())
    }

    async fn read<'a>(
        &self,
        diags: &mut Diagnostics,
        state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        let name = text(&state.name).or(text(&state.id))?.to_owned();
        let deployed = match aws::read_function(&clients, &name).await {
            Ok(Some(deployed)) => deployed,
            Ok(None) => return None, // deleted outside Terraform: the plan will create it again
            Err(error) => {
                report(diags, "Cannot read the agent function", error);
                return Some((state, private_state));
            }
        };
        let mut state = state;
        state.id = Value::Value(name.clone().into());
        state.name = Value::Value(name.clone().into());
        state.function_arn = Value::Value(deployed.arn.clone().into());
        state.agent_id = identity_from_arn(&deployed.arn)
            .map(|a| Value::Value(a.agent_id().into()))
            .unwrap_or(Value::Null);
        state.role_arn = Value::Value(deployed.role_arn.into());
        state.memory_size = Value::Value(i64::from(deployed.memory_size));
        state.timeout = Value::Value(i64::from(deployed.timeout));
        state.code_sha256 = Value::Value(deployed.code_sha256.into());
        apply_environment(&mut state, &deployed.environment);
        state.layers = layers_back(&deployed.layers, &state.layers);
        state.vpc_config = vpc_back(deployed.vpc.as_ref());
        state.tags = tags_back(own_tags(&deployed.tags, &clients.default_tags, &[]), &state.tags);
        let rule = schedule_rule(&name);
        let schedule = match aws::permission_ids(&clients, &deployed.arn).await {
            Ok(permissions) => {
                function::read_schedule(
                    &clients,
                    diags,
                    &rule,
                    &name,
                    &deployed.arn,
                    functions::AGENT_SCHEDULE.input,
                    &permissions,
                )
                .await
            }
            Err(error) => Err(error),
        };
        match schedule {
            Ok(Some(schedule)) => {
                state.schedule_expression = Value::Value(schedule.expression.into());
                state.dead_letter_queue_arn = schedule
                    .dead_letter_queue_arn
                    .map_or(Value::Null, |arn| Value::Value(arn.into()));
            }
            // Missing or unwired: shown as a schedule to set, and the update wires it again.
            Ok(None) => state.schedule_expression = Value::Null,
            Err(error) => report(diags, "Cannot read the agent's schedule", error),
        }
        match aws::table_status(&clients, &agent::checkpoint_table(&name)).await {
            Ok(Some(_)) => state.checkpoint_table = Value::Value(agent::checkpoint_table(&name).into()),
            Ok(None) => state.checkpoint_table = Value::Null, // deleted outside Terraform: the plan restores it
            Err(error) => report(diags, "Cannot read the agent's checkpoint table", error),
        }
        if state.architecture.is_null() {
            state.architecture = Value::Value("x86_64".into());
        }
        if state.log_retention_days.is_null() {
            state.log_retention_days = Value::Value(functions::DEFAULT_LOG_RETENTION_DAYS);
        }
        if state.runtime_version.is_null() {
            state.runtime_version = Value::Value(artifact::RUNTIME_VERSION.into());
        }
        Some((state, private_state))
    }

    async fn plan_create<'a>(
        &self,
        _diags: &mut Diagnostics,
        proposed_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let mut state = with_defaults(proposed_state);
        state.id = state.name.clone();
        state.function_arn = Value::Unknown;
        state.agent_id = Value::Unknown;
        Some((state, ValueEmpty::default()))
    }

    async fn plan_update<'a>(
        &self,
        _diags: &mut Diagnostics,
        prior_state: Self::State<'a>,
        proposed_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        prior_private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>, Vec<AttributePath>)> {
        let mut state = with_defaults(proposed_state);
        let mut replace = Vec::new();
        if state.name != prior_state.name {
            replace.push(AttributePath::new("name"));
            state.id = state.name.clone();
            state.function_arn = Value::Unknown;
            state.agent_id = Value::Unknown;
        } else {
            state.id = prior_state.id.clone();
            state.function_arn = prior_state.function_arn.clone();
            state.agent_id = prior_state.agent_id.clone();
        }
        Some((state, prior_private_state, replace))
    }

    async fn plan_destroy<'a>(
        &self,
        _diags: &mut Diagnostics,
        _prior_state: Self::State<'a>,
        prior_private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<Self::PrivateState<'a>> {
        Some(prior_private_state)
    }

    async fn create<'a>(
        &self,
        diags: &mut Diagnostics,
        planned_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        validate_config(&planned_state, diags);
        if !diags.errors.is_empty() {
            return None;
        }
        let state = self
            .converge(&clients, diags, planned_state, DeploymentAction::Deployed)
            .await?;
        Some((state, private_state))
    }

    async fn update<'a>(
        &self,
        diags: &mut Diagnostics,
        prior_state: Self::State<'a>,
        planned_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        let state = self
            .converge(&clients, diags, planned_state, DeploymentAction::Updated)
            .await
            .unwrap_or(prior_state);
        Some((state, private_state))
    }

    async fn destroy<'a>(
        &self,
        diags: &mut Diagnostics,
        state: Self::State<'a>,
        _private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<()> {
        let clients = configured(&self.clients, diags)?.clone();
        let name = text(&state.name)?.to_owned();
        let mut steps = FunctionUnit::destroy(&clients, &name, &[schedule_rule(&name)]).await;
        steps.push(aws::delete_table(&clients, &agent::checkpoint_table(&name)).await);
        if !report_each(diags, "Cannot remove the agent", steps) {
            return None;
        }
        self.announce(&clients, diags, &state, DeploymentAction::Removed)
            .await;
        Some(())
    }

    async fn import<'a>(
        &self,
        diags: &mut Diagnostics,
        id: String,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        if let Err(problem) = validation::function_name(&id) {
            diags.root_error(
                "Invalid import id",
                format!("expected the agent's function name: {problem}"),
            );
            return None;
        }
        let state = AgentState {
            id: Value::Value(id.clone().into()),
            name: Value::Value(id.into()),
            ..Default::default()
        };
        Some((state, ValueEmpty::default()))
    }
}
