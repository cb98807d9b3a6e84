//! `awsmon_agent`: the query-error-logs function of one monitored account and region, its
//! schedule and its log group; announces itself to the master bus when deployed, updated or
//! removed.

use std::collections::BTreeMap;

use async_trait::async_trait;
use awsmon_contract::functions::{self, Cadence};
use awsmon_contract::{Number, agent};
use awsmon_domain::agent_event::{
    AgentEvent, AgentIdentity, Deployment, DeploymentAction, SCHEMA_VERSION, SOURCE,
};
use awsmon_domain::{AccountId, EventId, Region, Timestamp};
use serde::{Deserialize, Serialize};
use tf_provider::schema::{AttributeConstraint, AttributeType, Block, Description, Schema};
use tf_provider::value::{Value, ValueEmpty, ValueList, ValueMap, ValueNumber, ValueString};
use tf_provider::{AttributePath, Diagnostics, Resource, map};

use crate::artifact::{self, Artifact};
use crate::aws::{self, FunctionSpec};
use crate::clients::Clients;
use crate::function::settings::{
    self, VpcConfigBlock, layers_back, own_tags, tags_back, vpc_back, vpc_config_block,
};
use crate::function::{self, FunctionUnit, ScheduleSpec};
use crate::provider::SharedClients;
use crate::resources::{configured, report, report_each, report_unit};
use crate::validation;
use crate::values::{
    attribute, default_number, list_attribute, number, number_attribute, strings, text, text_attribute,
};

/// The value of the `awsmon:component` tag of what this resource makes.
const COMPONENT: &str = functions::Component::Agent.tag();

const ARTIFACT: Artifact = artifact::QUERY_ERROR_LOGS;

pub use awsmon_domain::log::DEFAULT_QUERY;

/// The numbers the user sets, each with the state field holding it.
fn numbers<'s, 'a>(state: &'s AgentState<'a>) -> [(&'static Number, &'s ValueNumber); 7] {
    [
        (&agent::WINDOW_SECONDS, &state.window_seconds),
        (&agent::DELIVERY_LATENCY_SECONDS, &state.delivery_latency_seconds),
        (&agent::CHUNK_SIZE, &state.chunk_size),
        (&agent::MAX_CONCURRENT_QUERIES, &state.max_concurrent_queries),
        (&agent::QUERY_TIMEOUT_SECONDS, &state.query_timeout_seconds),
        (&functions::MEMORY_SIZE, &state.memory_size),
        (&functions::AGENT_TIMEOUT, &state.timeout),
    ]
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AgentState<'a> {
    #[serde(borrow)]
    pub id: ValueString<'a>,
    pub name: ValueString<'a>,
    pub master_bus_arn: ValueString<'a>,
    pub role_arn: ValueString<'a>,
    pub schedule_expression: ValueString<'a>,
    pub query_string: ValueString<'a>,
    pub window_seconds: ValueNumber,
    pub delivery_latency_seconds: ValueNumber,
    pub chunk_size: ValueNumber,
    pub max_concurrent_queries: ValueNumber,
    pub query_timeout_seconds: ValueNumber,
    pub log_group_names: ValueList<ValueString<'a>>,
    pub log_group_prefixes: ValueList<ValueString<'a>>,
    pub discovery_tag: ValueString<'a>,
    pub redact_patterns: ValueList<ValueString<'a>>,
    pub memory_size: ValueNumber,
    pub timeout: ValueNumber,
    pub layers: ValueList<ValueString<'a>>,
    #[serde(with = "crate::block")]
    pub vpc_config: Value<VpcConfigBlock<'a>>,
    pub architecture: ValueString<'a>,
    pub log_retention_days: ValueNumber,
    pub tags: ValueMap<'a, ValueString<'a>>,
    pub function_arn: ValueString<'a>,
    pub agent_id: ValueString<'a>,
    pub runtime_version: ValueString<'a>,
    pub code_sha256: ValueString<'a>,
    pub checkpoint_table: ValueString<'a>,
}

#[derive(Debug, Clone)]
pub struct AgentResource {
    clients: SharedClients,
}

impl AgentResource {
    pub fn new(clients: SharedClients) -> Self {
        Self { clients }
    }
}

fn schema() -> Schema {
    use AttributeConstraint::{Computed, OptionalComputed, Required};
    use AttributeType::{List, Map, Number, String};
    let strings = || List(String.into());
    Schema {
        version: 0,
        block: Block {
            description: Description::plain(
                "The awsmon agent of one account and region: the query-error-logs function, its schedule and \
                 log group. Import with `terraform import awsmon_agent.<label> <function name>`.",
            ),
            attributes: map! {
                "id" => attribute(String, Computed, "The function name."),
                "name" => attribute(String, Required, "Name of the function (and prefix of its schedule rule). Changing it replaces the agent."),
                "master_bus_arn" => text_attribute(&agent::MASTER_BUS_ARN, Required),
                "role_arn" => attribute(String, Required, "Execution role of the function (from the agent module)."),
                "schedule_expression" => attribute(String, OptionalComputed, "How often the agent runs: rate(...) or cron(...). Default rate(5 minutes)."),
                "query_string" => text_attribute(&agent::QUERY_STRING, OptionalComputed),
                "window_seconds" => number_attribute(&agent::WINDOW_SECONDS),
                "delivery_latency_seconds" => number_attribute(&agent::DELIVERY_LATENCY_SECONDS),
                "chunk_size" => number_attribute(&agent::CHUNK_SIZE),
                "max_concurrent_queries" => number_attribute(&agent::MAX_CONCURRENT_QUERIES),
                "query_timeout_seconds" => number_attribute(&agent::QUERY_TIMEOUT_SECONDS),
                "log_group_names" => list_attribute(&agent::LOG_GROUP_NAMES),
                "log_group_prefixes" => list_attribute(&agent::LOG_GROUP_PREFIXES),
                "discovery_tag" => text_attribute(&agent::DISCOVERY_TAG, AttributeConstraint::Optional),
                "redact_patterns" => list_attribute(&agent::REDACT_PATTERNS),
                "memory_size" => number_attribute(&functions::MEMORY_SIZE),
                "timeout" => number_attribute(&functions::AGENT_TIMEOUT),
                "layers" => attribute(strings(), AttributeConstraint::Optional, "Extra Lambda layer ARNs, e.g. the Lambda Insights extension."),
                "architecture" => attribute(String, OptionalComputed, "Instruction set; only x86_64 is available."),
                "log_retention_days" => attribute(Number, OptionalComputed, "Retention of the function's log group, days. Default 30."),
                "tags" => attribute(Map(String.into()), AttributeConstraint::Optional, "Tags of the function and rule (with the provider's default_tags)."),
                "function_arn" => attribute(String, Computed, "ARN of the query-error-logs function."),
                "agent_id" => attribute(String, Computed, "The agent's id in the master's registry: <account>/<region>."),
                "runtime_version" => attribute(String, Computed, "The awsmon runtime version deployed."),
                "code_sha256" => attribute(String, Computed, "Lambda CodeSha256 of the deployed runtime package."),
                "checkpoint_table" => text_attribute(&agent::CHECKPOINT_TABLE, Computed),
            },
            blocks: map! {
                "vpc_config" => vpc_config_block("Run the function in a VPC (it then needs a route to the AWS APIs it calls)."),
            },
            ..Default::default()
        },
    }
}

/// Plan-time checks; unknown values (computed by other resources) are checked at apply.
fn validate_config(state: &AgentState<'_>, diags: &mut Diagnostics) {
    let mut check = |name: &'static str, result: Result<(), validation::Problem>| {
        if let Err(problem) = result {
            diags.error(format!("Invalid {name}"), problem, AttributePath::new(name));
        }
    };
    if let Some(v) = text(&state.name) {
        check("name", validation::function_name(v));
    }
    if let Some(v) = text(&state.master_bus_arn) {
        check("master_bus_arn", validation::event_bus_arn(v));
    }
    if let Some(v) = text(&state.role_arn) {
        check("role_arn", validation::role_arn(v));
    }
    if let Some(v) = text(&state.schedule_expression) {
        check("schedule_expression", validation::schedule_expression(v));
    }
    if let Some(v) = text(&state.query_string) {
        check("query_string", validation::non_empty(v));
    }
    for (setting, value) in numbers(state) {
        if let Some(v) = number(value) {
            check(setting.attribute, setting.check(v));
        }
    }
    if let (Some(window), Some(latency)) = (
        number(&state.window_seconds),
        number(&state.delivery_latency_seconds),
    ) && window <= latency
    {
        check(
            "window_seconds",
            Err(format!(
                "must be greater than delivery_latency_seconds ({latency}), got {window}"
            )),
        );
    }
    let query_timeout = number(&state.query_timeout_seconds).unwrap_or(agent::QUERY_TIMEOUT_SECONDS.default);
    let margin = agent::PUBLISH_MARGIN_SECONDS;
    if let Some(timeout) = number(&state.timeout)
        && timeout <= query_timeout + margin
    {
        check(
            "timeout",
            Err(format!(
                "must exceed query_timeout_seconds ({query_timeout}) by more than {margin} s, or no window ever starts; got {timeout}"
            )),
        );
    }
    if let Some(v) = text(&state.architecture) {
        check("architecture", validation::architecture(v));
    }
    let watches_nothing = [&state.log_group_names, &state.log_group_prefixes]
        .iter()
        .all(|list| list.is_null() || list.as_ref_option().is_some_and(Vec::is_empty))
        && state.discovery_tag.is_null();
    if watches_nothing {
        diags.error(
            "The agent watches nothing",
            "set log_group_names, log_group_prefixes or discovery_tag",
            AttributePath::new("log_group_names"),
        );
    }
    for (attribute, list) in [
        ("log_group_names", &state.log_group_names),
        ("log_group_prefixes", &state.log_group_prefixes),
    ] {
        for (index, item) in list.as_ref_option().into_iter().flatten().enumerate() {
            if let Some(Err(problem)) = item.as_deref_option().map(validation::log_group_name) {
                diags.error(
                    format!("Invalid {attribute}"),
                    problem,
                    AttributePath::new(attribute).index(index as i64),
                );
            }
        }
    }
}

/// Fill what the user left out with awsmon's defaults, and the runtime the provider carries.
fn with_defaults(mut state: AgentState<'_>) -> AgentState<'_> {
    if state.schedule_expression.is_null()
        && let Cadence::Chosen { default, .. } = functions::AGENT_SCHEDULE.cadence
    {
        state.schedule_expression = Value::Value(default.into());
    }
    if state.query_string.is_null() {
        state.query_string = Value::Value(DEFAULT_QUERY.into());
    }
    default_number(&mut state.window_seconds, &agent::WINDOW_SECONDS);
    default_number(
        &mut state.delivery_latency_seconds,
        &agent::DELIVERY_LATENCY_SECONDS,
    );
    default_number(&mut state.chunk_size, &agent::CHUNK_SIZE);
    default_number(&mut state.max_concurrent_queries, &agent::MAX_CONCURRENT_QUERIES);
    default_number(&mut state.query_timeout_seconds, &agent::QUERY_TIMEOUT_SECONDS);
    default_number(&mut state.memory_size, &functions::MEMORY_SIZE);
    default_number(&mut state.timeout, &functions::AGENT_TIMEOUT);
    if state.log_retention_days.is_null() {
        state.log_retention_days = Value::Value(functions::DEFAULT_LOG_RETENTION_DAYS);
    }
    if state.architecture.is_null() {
        state.architecture = Value::Value("x86_64".into());
    }
    state.runtime_version = Value::Value(artifact::RUNTIME_VERSION.into());
    state.code_sha256 = Value::Value(ARTIFACT.code_sha256().into());
    state.checkpoint_table = match state.name.as_deref_option() {
        Some(name) => Value::Value(agent::checkpoint_table(name).into()),
        None => Value::Unknown,
    };
    state
}

/// The function's environment: the single place attribute names meet the runtime's settings.
fn environment(state: &AgentState<'_>) -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    let mut put = |key: &str, value: Option<String>| {
        if let Some(value) = value {
            env.insert(key.to_owned(), value);
        }
    };
    for (setting, value) in [
        (agent::MASTER_BUS_ARN, &state.master_bus_arn),
        (agent::QUERY_STRING, &state.query_string),
        (agent::DISCOVERY_TAG, &state.discovery_tag),
    ] {
        put(setting.env, text(value).map(str::to_owned));
    }
    for (setting, value) in numbers(state) {
        if let Some(env) = setting.env {
            put(env, number(value).map(|v| v.to_string()));
        }
    }
    for (setting, value) in [
        (agent::LOG_GROUP_NAMES, &state.log_group_names),
        (agent::LOG_GROUP_PREFIXES, &state.log_group_prefixes),
        (agent::REDACT_PATTERNS, &state.redact_patterns),
    ] {
        put(setting.env, setting.encode(&strings(value)));
    }
    put(
        agent::CHECKPOINT_TABLE.env,
        text(&state.name).map(agent::checkpoint_table),
    );
    put(
        agent::SCHEDULE_PERIOD_SECONDS.variable(),
        text(&state.schedule_expression)
            .and_then(validation::schedule_period_secs)
            .map(|v| v.to_string()),
    );
    env
}

/// Read back what [`environment`] wrote, so that a change made outside Terraform shows in the plan.
fn apply_environment<'a>(state: &mut AgentState<'a>, env: &BTreeMap<String, String>) {
    let string = |setting: awsmon_contract::Text| -> ValueString<'a> {
        env.get(setting.env)
            .map(|v| Value::Value(v.clone().into()))
            .unwrap_or(Value::Null)
    };
    let number = |setting: Number| -> ValueNumber {
        setting
            .env
            .and_then(|key| env.get(key))
            .and_then(|v| v.parse().ok())
            .map(Value::Value)
            .unwrap_or(Value::Null)
    };
    let list = |setting: awsmon_contract::List| -> ValueList<ValueString<'a>> {
        match env.get(setting.env) {
            Some(v) => Value::Value(
                v.split(setting.separator)
                    .map(|s| Value::Value(s.to_owned().into()))
                    .collect(),
            ),
            None => Value::Null,
        }
    };
    state.master_bus_arn = string(agent::MASTER_BUS_ARN);
    state.query_string = string(agent::QUERY_STRING);
    state.window_seconds = number(agent::WINDOW_SECONDS);
    state.delivery_latency_seconds = number(agent::DELIVERY_LATENCY_SECONDS);
    state.chunk_size = number(agent::CHUNK_SIZE);
    state.max_concurrent_queries = number(agent::MAX_CONCURRENT_QUERIES);
    state.query_timeout_seconds = number(agent::QUERY_TIMEOUT_SECONDS);
    state.log_group_names = list(agent::LOG_GROUP_NAMES);
    state.log_group_prefixes = list(agent::LOG_GROUP_PREFIXES);
    state.discovery_tag = string(agent::DISCOVERY_TAG);
    state.redact_patterns = list(agent::REDACT_PATTERNS);
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
    }
}

/// The agent's schedule as or the contract's default.
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
        let sent = clients.events.put_events().entries(entry).send().await;
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
            // Missing or unwired: shown as a schedule to set, and the update wires it again.
            Ok(schedule) => {
                state.schedule_expression = schedule.map(|s| Value::Value(s.into())).unwrap_or(Value::Null)
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> AgentState<'static> {
        AgentState {
            name: Value::Value("awsmon-agent".into()),
            master_bus_arn: Value::Value("arn:aws:events:eu-west-1:111111111111:event-bus/awsmon".into()),
            role_arn: Value::Value("arn:aws:iam::222222222222:role/awsmon-agent".into()),
            log_group_prefixes: Value::Value(vec![Value::Value("/aws/lambda/".into())]),
            ..Default::default()
        }
    }

    /// Each number is the contract's: the schema describes it with its range and default,
    /// validation refuses one past either end on its attribute, and an unset one gets the
    /// default, which reaches the runtime under the contract's variable.
    #[test]
    fn every_number_is_the_contracts_in_schema_validation_defaults_and_environment() {
        let schema = schema();
        let planned = with_defaults(config());
        let env = environment(&planned);
        let set = |attribute: &str, v: i64| {
            let mut state = config();
            let field = match attribute {
                "window_seconds" => &mut state.window_seconds,
                "delivery_latency_seconds" => &mut state.delivery_latency_seconds,
                "chunk_size" => &mut state.chunk_size,
                "max_concurrent_queries" => &mut state.max_concurrent_queries,
                "query_timeout_seconds" => &mut state.query_timeout_seconds,
                "memory_size" => &mut state.memory_size,
                "timeout" => &mut state.timeout,
                other => panic!("{other} is a new number: set it here"),
            };
            *field = Value::Value(v);
            state
        };
        for (setting, value) in numbers(&planned) {
            let attribute = &schema.block.attributes[setting.attribute];
            assert_eq!(attribute.description.content, setting.description());
            assert_eq!(number(value), Some(setting.default), "{}", setting.attribute);
            if let Some(variable) = setting.env {
                assert_eq!(env[variable], setting.default.to_string());
            }
            for (v, valid) in [
                (setting.min, true),
                (setting.max, true),
                (setting.min - 1, false),
                (setting.max + 1, false),
            ] {
                let mut diags = Diagnostics::default();
                validate_config(&set(setting.attribute, v), &mut diags);
                let range = setting.range();
                let on_it = diags.errors.iter().any(|d| {
                    format!("{:?}", d.attribute).contains(setting.attribute) && d.detail.contains(&range)
                });
                assert_eq!(!on_it, valid, "{} = {v}: {:?}", setting.attribute, diags.errors);
            }
        }
    }

    #[test]
    fn environment_round_trips_through_the_function_configuration() {
        let mut planned = with_defaults(config());
        planned.log_group_names = Value::Value(vec![Value::Value("/a".into()), Value::Value("/b".into())]);
        let env = environment(&planned);
        assert_eq!(env["AWSMON_SCHEDULE_PERIOD_SECS"], "300");
        assert_eq!(env["AWSMON_LOG_GROUP_NAMES"], "/a,/b");
        assert_eq!(env["AWSMON_CHECKPOINT_TABLE"], "awsmon-agent-checkpoints");
        let mut read = AgentState::default();
        apply_environment(&mut read, &env);
        assert_eq!(read.chunk_size, planned.chunk_size);
        assert_eq!(
            read.query_timeout_seconds,
            Value::Value(agent::QUERY_TIMEOUT_SECONDS.default)
        );
        assert_eq!(read.max_concurrent_queries, planned.max_concurrent_queries);
        assert_eq!(read.window_seconds, planned.window_seconds);
        assert_eq!(read.delivery_latency_seconds, planned.delivery_latency_seconds);
        assert_eq!(read.query_string, planned.query_string);
        assert_eq!(read.log_group_names, planned.log_group_names);
        assert_eq!(read.log_group_prefixes, planned.log_group_prefixes);
        assert!(read.discovery_tag.is_null() && read.redact_patterns.is_null());
    }

    #[test]
    fn invalid_settings_are_diagnosed_on_their_attribute() {
        let mut bad = config();
        bad.chunk_size = Value::Value(51);
        bad.window_seconds = Value::Value(60);
        bad.delivery_latency_seconds = Value::Value(60);
        bad.architecture = Value::Value("arm64".into());
        bad.timeout = Value::Value(70);
        bad.log_group_names = Value::Value(vec![Value::Value("ok".into()), Value::Value("not ok".into())]);
        let mut diags = Diagnostics::default();
        validate_config(&bad, &mut diags);
        let paths: Vec<String> = diags
            .errors
            .iter()
            .map(|d| format!("{:?}", d.attribute))
            .collect();
        assert_eq!(diags.errors.len(), 5, "{paths:?}");
        for expected in [
            "chunk_size",
            "window_seconds",
            "architecture",
            "log_group_names",
            "timeout",
        ] {
            assert!(
                paths.iter().any(|p| p.contains(expected)),
                "{expected} not in {paths:?}"
            );
        }
    }

    #[test]
    fn an_agent_that_watches_nothing_is_refused() {
        let mut idle = config();
        idle.log_group_prefixes = Value::Value(vec![]);
        let mut diags = Diagnostics::default();
        validate_config(&idle, &mut diags);
        assert_eq!(diags.errors.len(), 1);
        assert_eq!(diags.errors[0].summary, "The agent watches nothing");
        idle.discovery_tag = Value::Value("awsmon=watch".into());
        let mut diags = Diagnostics::default();
        validate_config(&idle, &mut diags);
        assert!(diags.errors.is_empty());
    }

    #[test]
    fn unknown_values_are_left_for_apply() {
        let mut later = config();
        later.master_bus_arn = Value::Unknown;
        let mut diags = Diagnostics::default();
        validate_config(&later, &mut diags);
        assert!(diags.errors.is_empty());
    }

    #[test]
    fn identity_comes_from_the_function_arn() {
        let agent = identity_from_arn("arn:aws:lambda:eu-west-1:222222222222:function:awsmon-agent").unwrap();
        assert_eq!(agent.agent_id(), "222222222222/eu-west-1");
        assert!(identity_from_arn("nonsense").is_none());
    }
}
