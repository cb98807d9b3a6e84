//! `awsmon_master`: the master's functions (handle-monitoring-events, daily-report,
//! check-agents, api, and slack-interactions with the Slack app's buttons), their triggers
//! (the ingest queue's event-source mapping, the outbox, report and registry schedules, the REST
//! API), their log groups, and the table the runtime's schema owns. Roles, queues and the bus
//! come from the module (`hashicorp/aws`), so that every permission shows in the plan.

use std::collections::BTreeMap;

use async_trait::async_trait;
use awsmon_contract::functions::{
    self, Cadence, Component, Function, MASTER_SCHEDULES, Schedule, VERSION_TAG,
};
use awsmon_contract::master;
use tf_provider::schema::Schema;
use tf_provider::value::{Value, ValueEmpty, ValueString};
use tf_provider::{AttributePath, Diagnostics, Resource};

use crate::artifact;
use crate::aws::{self, FunctionSpec};
use crate::clients::Clients;
use crate::function::settings::{self, layers_back, log_group, own_tags, tags_back, vpc_back};
use crate::function::{self, FunctionUnit, ScheduleSpec};
use crate::provider::SharedClients;
use crate::resources::{configured, report, report_each, report_unit};
use crate::validation;
use crate::values::{number, strings, text, value_map};

mod environment;
mod read;
mod renamed;
mod schema;
mod state;
#[cfg(test)]
mod tests;
mod validate;

use environment::*;
use read::*;
use schema::*;
use state::*;
use validate::*;

const DEFAULT_STAGE: &str = "v1";

const DEFAULT_AUTHORIZATION: &str = "AWS_IAM";

const DEFAULT_MIN_SEVERITY: &str = "info";

/// The value of the `awsmon:component` tag of what this resource makes.
const COMPONENT: &str = Component::Master.tag();

/// One function of the master: the registry's entry and the attribute holding its role. Every
/// master function runs the one embedded master binary ([`artifact::MASTER`]).
#[derive(Debug, Clone, Copy)]
struct MasterFunction {
    function: Function,
    role: for<'s, 'a> fn(&'s MasterState<'a>) -> &'s ValueString<'a>,
    role_mut: for<'s, 'a> fn(&'s mut MasterState<'a>) -> &'s mut ValueString<'a>,
}

impl MasterFunction {
    /// The suffix of the deployed function's name and the key of the computed maps.
    const fn suffix(&self) -> &'static str {
        self.function.name
    }

    /// Whether the configuration has this function: always, or, for an optional one, when the
    /// attribute that enables it is set (an unknown value counts as set).
    fn wanted(&self, state: &MasterState<'_>) -> bool {
        match functions::enabled_by(&self.function) {
            None => true,
            Some(_) => !state.slack_signing_secret_parameter.is_null(),
        }
    }
}

const FUNCTIONS: [MasterFunction; 5] = [
    MasterFunction {
        function: functions::HANDLE_MONITORING_EVENTS,
        role: |s| &s.handle_monitoring_events_role_arn,
        role_mut: |s| &mut s.handle_monitoring_events_role_arn,
    },
    MasterFunction {
        function: functions::DAILY_REPORT,
        role: |s| &s.daily_report_role_arn,
        role_mut: |s| &mut s.daily_report_role_arn,
    },
    MasterFunction {
        function: functions::CHECK_AGENTS,
        role: |s| &s.check_agents_role_arn,
        role_mut: |s| &mut s.check_agents_role_arn,
    },
    MasterFunction {
        function: functions::API,
        role: |s| &s.api_role_arn,
        role_mut: |s| &mut s.api_role_arn,
    },
    MasterFunction {
        function: functions::SLACK_INTERACTIONS,
        role: |s| &s.slack_interactions_role_arn,
        role_mut: |s| &mut s.slack_interactions_role_arn,
    },
];

#[derive(Debug, Clone)]
pub struct MasterResource {
    clients: SharedClients,
}

impl MasterResource {
    pub fn new(clients: SharedClients) -> Self {
        Self { clients }
    }
}

fn tags(state: &MasterState<'_>, clients: &Clients) -> BTreeMap<String, String> {
    let mut tags = settings::tags(&clients.default_tags, &state.tags, COMPONENT);
    tags.insert(VERSION_TAG.into(), artifact::RUNTIME_VERSION.into());
    tags
}

fn function_name(name: &str, function: &Function) -> String {
    format!("{name}-{}", function.name)
}

fn rule_name(name: &str, schedule: &Schedule) -> String {
    format!("{name}-{}", schedule.key)
}

/// The rules of the schedules that run `function`.
fn schedule_rules(name: &str, function: &Function) -> Vec<String> {
    MASTER_SCHEDULES
        .iter()
        .filter(|schedule| schedule.function == *function)
        .map(|schedule| rule_name(name, schedule))
        .collect()
}

/// One function's unit: the function, its log group and the schedules that run it.
fn unit(state: &MasterState<'_>, clients: &Clients, function: &MasterFunction) -> FunctionUnit {
    let name = text(&state.name).unwrap_or_default();
    FunctionUnit {
        spec: FunctionSpec {
            name: function_name(name, &function.function),
            handler: function.function.name,
            layers: strings(&state.layers),
            vpc: settings::vpc(&state.vpc_config),
            role_arn: text((function.role)(state)).unwrap_or_default().to_owned(),
            memory_size: memory_of(state, function) as i32,
            timeout: timeout_of(state, function) as i32,
            environment: environment(state),
            tags: tags(state, clients),
        },
        artifact: artifact::MASTER,
        log_retention_days: number(&state.log_retention_days).unwrap_or(functions::DEFAULT_LOG_RETENTION_DAYS)
            as i32,
        schedules: MASTER_SCHEDULES
            .iter()
            .filter(|schedule| schedule.function == function.function)
            .map(|schedule| ScheduleSpec {
                rule: rule_name(name, schedule),
                expression: schedule_expression(schedule, state),
                input: schedule.input,
            })
            .collect(),
        dead_letter_queue_arn: text(&state.dead_letter_queue_arn).map(str::to_owned),
    }
}

fn api_url(region: &str, api_id: &str, stage: &str) -> String {
    format!("https://{api_id}.execute-api.{region}.amazonaws.com/{stage}")
}

/// Computed values still unknown after a failed apply become null: Terraform keeps the state
/// (the next apply converges from it) but refuses unknown values in it.
fn settle(mut state: MasterState<'_>) -> MasterState<'_> {
    for value in [
        &mut state.event_source_mapping_id,
        &mut state.table_arn,
        &mut state.api_id,
        &mut state.api_url,
    ] {
        if value.is_unknown() {
            *value = Value::Null;
        }
    }
    if state.function_arns.is_unknown() {
        state.function_arns = Value::Null;
    }
    state
}

impl MasterResource {
    /// Bring everything to `planned`, creating what is missing (create, update, and the apply
    /// after a failed one all come here). Stops at the first failure, with what is done in state.
    async fn converge<'a>(
        &self,
        clients: &Clients,
        diags: &mut Diagnostics,
        planned: MasterState<'a>,
    ) -> MasterState<'a> {
        let mut state = planned;
        // Checked at plan time too; here for values that were unknown then.
        if let Some((attribute, why)) = validate::unauthenticated_api_refusal(&state) {
            diags.error("Unauthenticated API refused", why, AttributePath::new(attribute));
            return settle(state);
        }
        if let Some(why) = validate::source_cidrs_refusal(&state) {
            diags.error(
                "Source CIDRs without an unauthenticated API",
                why,
                AttributePath::new(master::API_ALLOWED_SOURCE_CIDRS),
            );
            return settle(state);
        }
        let name = text(&state.name).unwrap_or_default().to_owned();
        let tags = tags(&state, clients);
        match aws::put_master_table(clients, &name, text(&state.kms_key_arn), &tags).await {
            Ok(arn) => state.table_arn = Value::Value(arn.into()),
            Err(error) => {
                report(diags, "Cannot create the master's table", error);
                return settle(state);
            }
        }
        // The API's URL is in every function's environment: the API exists before them.
        let stage = text(&state.api_stage_name).unwrap_or(DEFAULT_STAGE).to_owned();
        match aws::put_rest_api(clients, text(&state.api_id), &name, &tags).await {
            Ok(id) => {
                state.api_url = Value::Value(api_url(&clients.region, &id, &stage).into());
                state.api_id = Value::Value(id.into());
            }
            Err(error) => {
                report(diags, "Cannot create the master's REST API", error);
                return settle(state);
            }
        }
        let mut arns = BTreeMap::new();
        for function in FUNCTIONS.iter().filter(|f| f.wanted(&state)) {
            match unit(&state, clients, function).converge(clients).await {
                Ok(arn) => arns.insert(function.suffix().to_owned(), arn),
                Err(error) => {
                    if let Some(arn) = error.arn.clone() {
                        arns.insert(function.suffix().to_owned(), arn);
                    }
                    report_unit(diags, "Cannot deploy a master function", error);
                    if !arns.is_empty() {
                        state.function_arns = value_map(arns);
                    }
                    return settle(state);
                }
            };
        }
        state.function_arns = value_map(arns.clone());
        // check-agents runs: what its former name deployed goes (gone already: nothing to do).
        if !report_each(
            diags,
            "Cannot remove update-deployment, the former name of check-agents",
            renamed::remove_former(clients, &name).await,
        ) {
            return settle(state);
        }
        let arn_of = |function: &Function| arns.get(function.name).cloned().unwrap_or_default();
        let batch_size = number(&state.batch_size).unwrap_or(master::BATCH_SIZE.default) as i32;
        match aws::put_queue_mapping(
            clients,
            &function_name(&name, &functions::HANDLE_MONITORING_EVENTS),
            text(&state.ingest_queue_arn).unwrap_or_default(),
            batch_size,
        )
        .await
        {
            Ok(uuid) => state.event_source_mapping_id = Value::Value(uuid.into()),
            Err(error) => {
                report(
                    diags,
                    "Cannot map the ingest queue to handle-monitoring-events",
                    error,
                );
                return settle(state);
            }
        }
        let access = aws::ApiAccess {
            authorization: text(&state.api_authorization)
                .unwrap_or(DEFAULT_AUTHORIZATION)
                .to_owned(),
            allowed_source_cidrs: crate::values::strings(&state.api_allowed_source_cidrs),
            rate_limit: number(&state.api_throttling_rate_limit)
                .unwrap_or(master::API_THROTTLING_RATE_LIMIT.default) as f64,
            burst_limit: i32::try_from(
                number(&state.api_throttling_burst_limit)
                    .unwrap_or(master::API_THROTTLING_BURST_LIMIT.default),
            )
            .unwrap_or(i32::MAX),
            slack_interactions: text(&state.slack_signing_secret_parameter).is_some(),
        };
        // Slack's route goes to its own function; everything else to the api function.
        let slack_function = access
            .slack_interactions
            .then(|| arn_of(&functions::SLACK_INTERACTIONS));
        if let Err(error) = aws::put_api_proxy(
            clients,
            text(&state.api_id).unwrap_or_default(),
            &arn_of(&functions::API),
            slack_function.as_deref(),
            &stage,
            &access,
        )
        .await
        {
            report(diags, "Cannot wire the REST API to the master's functions", error);
            return settle(state);
        }
        // A function no longer wanted (the buttons turned off) goes once nothing routes to it.
        let mut steps = Vec::new();
        for function in FUNCTIONS.iter().filter(|f| !f.wanted(&state)) {
            let rules = schedule_rules(&name, &function.function);
            steps.extend(
                FunctionUnit::destroy(clients, &function_name(&name, &function.function), &rules).await,
            );
        }
        report_each(
            diags,
            "Cannot remove a master function no longer configured",
            steps,
        );
        settle(state)
    }
}

#[async_trait]
impl Resource for MasterResource {
    type State<'a> = MasterState<'a>;
    type PrivateState<'a> = ValueEmpty;
    type ProviderMetaState<'a> = ValueEmpty;

    fn schema(&self, _diags: &mut Diagnostics) -> Option<Schema> {
        Some(schema())
    }

    async fn validate<'a>(&self, diags: &mut Diagnostics, config: Self::State<'a>) -> Option<()> {
        renamed::validate(&config, diags);
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
        let mut found = Vec::new();
        for function in FUNCTIONS {
            match aws::read_function(&clients, &function_name(&name, &function.function)).await {
                Ok(Some(deployed)) => found.push((function, deployed)),
                Ok(None) => {}
                Err(error) => {
                    report(diags, "Cannot read a master function", error);
                    return Some((state, private_state));
                }
            }
        }
        let table = match aws::read_table(&clients, &name).await {
            Ok(table) => table,
            Err(error) => {
                report(diags, "Cannot read the master's table", error);
                return Some((state, private_state));
            }
        };
        if found.is_empty() && table.is_none() {
            return None; // deleted outside Terraform: the plan will create it again
        }
        let mut state = state;
        state.id = Value::Value(name.clone().into());
        state.name = Value::Value(name.clone().into());
        // A state written before check-agents was renamed has only the former attributes.
        renamed::mirror(&mut state);
        read_functions(&mut state, &found, &clients.default_tags);
        read_table(&clients, diags, &name, table.as_ref(), &mut state).await;
        read_queue_mapping(&clients, diags, &name, &mut state).await;
        let permissions = read_permissions(&clients, diags, &found).await;
        read_schedules(&clients, diags, &name, &found, &permissions, &mut state).await;
        read_api(&clients, diags, &name, &permissions, &mut state).await;
        read_log_group(&clients, diags, &name, &mut state).await;
        renamed::read_former(&clients, diags, &name, &mut state).await;
        renamed::mirror(&mut state);
        Some((state, private_state))
    }

    async fn plan_create<'a>(
        &self,
        _diags: &mut Diagnostics,
        proposed_state: Self::State<'a>,
        config_state: Self::State<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let mut proposed_state = proposed_state;
        renamed::resolve(&mut proposed_state, &config_state);
        let mut state = with_defaults(proposed_state);
        state.id = state.name.clone();
        state.function_arns = Value::Unknown;
        state.event_source_mapping_id = Value::Unknown;
        state.table_arn = Value::Unknown;
        state.api_id = Value::Unknown;
        state.api_url = Value::Unknown;
        Some((state, ValueEmpty::default()))
    }

    async fn plan_update<'a>(
        &self,
        _diags: &mut Diagnostics,
        prior_state: Self::State<'a>,
        proposed_state: Self::State<'a>,
        config_state: Self::State<'a>,
        prior_private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>, Vec<AttributePath>)> {
        let mut proposed_state = proposed_state;
        renamed::resolve(&mut proposed_state, &config_state);
        let mut state = with_defaults(proposed_state);
        let mut replace = Vec::new();
        if state.name != prior_state.name {
            replace.push(AttributePath::new("name"));
            state.id = state.name.clone();
            state.function_arns = Value::Unknown;
            state.event_source_mapping_id = Value::Unknown;
            state.table_arn = Value::Unknown;
            state.api_id = Value::Unknown;
            state.api_url = Value::Unknown;
            return Some((state, prior_private_state, replace));
        }
        state.id = prior_state.id.clone();
        let keep_known = |prior: &ValueString<'a>| {
            if prior.is_null() {
                Value::Unknown
            } else {
                prior.clone()
            }
        };
        // Exactly the functions configured: a missing one is deployed, one no longer wanted or
        // under a former name goes.
        let all_functions = !state.slack_signing_secret_parameter.is_unknown()
            && prior_state.function_arns.as_ref_option().is_some_and(|arns| {
                arns.len() == FUNCTIONS.iter().filter(|f| f.wanted(&state)).count()
                    && FUNCTIONS
                        .iter()
                        .all(|f| arns.contains_key(f.suffix()) == f.wanted(&state))
            });
        state.function_arns = if all_functions {
            prior_state.function_arns.clone()
        } else {
            Value::Unknown
        };
        state.table_arn = keep_known(&prior_state.table_arn);
        state.api_id = keep_known(&prior_state.api_id);
        state.api_url = if state.api_stage_name == prior_state.api_stage_name {
            keep_known(&prior_state.api_url)
        } else {
            Value::Unknown
        };
        state.event_source_mapping_id = if state.ingest_queue_arn == prior_state.ingest_queue_arn {
            keep_known(&prior_state.event_source_mapping_id)
        } else {
            Value::Unknown
        };
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
        let state = self.converge(&clients, diags, planned_state).await;
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
        validate_config(&planned_state, diags);
        if !diags.errors.is_empty() {
            return Some((prior_state, private_state));
        }
        let mut planned = planned_state;
        // The known id finds the API; an unknown one (deleted outside) makes a new API.
        if planned.api_id.is_unknown() {
            planned.api_id = Value::Null;
        }
        let state = self.converge(&clients, diags, planned).await;
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
        let name = text(&state.name).or(text(&state.id))?.to_owned();
        // The mapping first: nothing must start the function while it goes.
        let mut steps = vec![
            aws::delete_queue_mappings(
                &clients,
                &function_name(&name, &functions::HANDLE_MONITORING_EVENTS),
            )
            .await,
        ];
        for function in FUNCTIONS {
            let rules = schedule_rules(&name, &function.function);
            let function = function_name(&name, &function.function);
            steps.extend(FunctionUnit::destroy(&clients, &function, &rules).await);
        }
        steps.extend(renamed::remove_former(&clients, &name).await);
        match aws::find_rest_api(&clients, text(&state.api_id), &name).await {
            Ok(Some(id)) => steps.push(aws::delete_rest_api(&clients, &id).await),
            Ok(None) => {}
            Err(error) => steps.push(Err(error)),
        }
        steps.push(aws::delete_table(&clients, &name).await);
        report_each(diags, "Cannot remove the master", steps).then_some(())
    }

    async fn import<'a>(
        &self,
        diags: &mut Diagnostics,
        id: String,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        if let Err(problem) = validation::master_name(&id) {
            diags.root_error(
                "Invalid import id",
                format!("expected the master's name: {problem}"),
            );
            return None;
        }
        let state = MasterState {
            id: Value::Value(id.clone().into()),
            name: Value::Value(id.into()),
            route: Value::Value(vec![]),
            severity_rule: Value::Value(vec![]),
            function_override: Value::Value(vec![]),
            ..Default::default()
        };
        Some((state, ValueEmpty::default()))
    }
}
