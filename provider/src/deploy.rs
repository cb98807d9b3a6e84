//! AWS operations both resources use to deploy a function: create or update it and wait until
//! Lambda has finished, wire its triggers to it (schedule rules, SQS mappings, a REST API),
//! keep its log group and the tables the runtime's schema owns, and remove all of it.

use std::collections::BTreeMap;
use std::time::Duration;

use aws_sdk_lambda::primitives::Blob;
use aws_sdk_lambda::types::{
    Architecture, Environment, FunctionCode, LastUpdateStatus, Runtime, State, VpcConfig,
};

use awsmon_contract::tables::{self, Table};

use crate::artifact::Artifact;
use crate::clients::Clients;

/// Why a deployment step failed, in words for a diagnostic.
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error("{action} failed: {message}")]
    Aws { action: &'static str, message: String },
    #[error("{0} did not become ready within {1:?}")]
    NotReady(String, Duration),
}

fn aws_error<E: std::fmt::Display>(action: &'static str) -> impl FnOnce(E) -> DeployError {
    move |error| DeployError::Aws {
        action,
        message: error.to_string(),
    }
}

/// Everything about a function that Terraform configures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionSpec {
    pub name: String,
    pub layers: Vec<String>,
    pub vpc: Option<Vpc>,
    pub role_arn: String,
    pub memory_size: i32,
    pub timeout: i32,
    pub environment: BTreeMap<String, String>,
    pub tags: BTreeMap<String, String>,
}

/// Where a function runs inside a VPC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vpc {
    pub subnet_ids: Vec<String>,
    pub security_group_ids: Vec<String>,
}

/// What Lambda reports about a deployed function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployedFunction {
    pub arn: String,
    pub role_arn: String,
    pub memory_size: i32,
    pub timeout: i32,
    pub environment: BTreeMap<String, String>,
    pub code_sha256: String,
    pub tags: BTreeMap<String, String>,
    pub layers: Vec<String>,
    pub vpc: Option<Vpc>,
}

const READY_TIMEOUT: Duration = Duration::from_secs(120);
/// A role just made by the module may not be assumable by Lambda for a few seconds (IAM
/// propagation): creation retries this long.
const ROLE_PROPAGATION: Duration = Duration::from_secs(60);

fn is_not_found<E: aws_sdk_lambda::error::ProvideErrorMetadata>(error: &E) -> bool {
    error.code() == Some("ResourceNotFoundException")
}

pub async fn read_function(clients: &Clients, name: &str) -> Result<Option<DeployedFunction>, DeployError> {
    let response = match clients
        .lambda
        .get_function_configuration()
        .function_name(name)
        .send()
        .await
    {
        Ok(response) => response,
        Err(error) if error.as_service_error().is_some_and(is_not_found) => return Ok(None),
        Err(error) => {
            return Err(aws_error("GetFunctionConfiguration")(
                aws_sdk_lambda::error::DisplayErrorContext(error),
            ));
        }
    };
    let arn = response.function_arn.unwrap_or_default();
    let tags = clients
        .lambda
        .list_tags()
        .resource(&arn)
        .send()
        .await
        .map_err(|e| aws_error("ListTags")(aws_sdk_lambda::error::DisplayErrorContext(e)))?
        .tags
        .map(|tags| tags.into_iter().collect())
        .unwrap_or_default();
    let vpc = response.vpc_config.and_then(|vpc| {
        let subnet_ids = vpc.subnet_ids.unwrap_or_default();
        let security_group_ids = vpc.security_group_ids.unwrap_or_default();
        (!subnet_ids.is_empty() || !security_group_ids.is_empty()).then_some(Vpc {
            subnet_ids,
            security_group_ids,
        })
    });
    Ok(Some(DeployedFunction {
        arn,
        tags,
        vpc,
        layers: response
            .layers
            .unwrap_or_default()
            .into_iter()
            .filter_map(|layer| layer.arn)
            .collect(),
        role_arn: response.role.unwrap_or_default(),
        memory_size: response.memory_size.unwrap_or_default(),
        timeout: response.timeout.unwrap_or_default(),
        environment: response
            .environment
            .and_then(|e| e.variables)
            .map(|vars| vars.into_iter().collect())
            .unwrap_or_default(),
        code_sha256: response.code_sha256.unwrap_or_default(),
    }))
}

/// Wait until the function is Active and its last update finished, as Lambda requires before
/// the next change.
async fn wait_ready(clients: &Clients, name: &str) -> Result<(), DeployError> {
    let started = tokio::time::Instant::now();
    loop {
        let config = clients
            .lambda
            .get_function_configuration()
            .function_name(name)
            .send()
            .await
            .map_err(|e| {
                aws_error("GetFunctionConfiguration")(aws_sdk_lambda::error::DisplayErrorContext(e))
            })?;
        let active = config.state.as_ref().is_none_or(|s| *s == State::Active);
        let updated = config
            .last_update_status
            .as_ref()
            .is_none_or(|s| *s == LastUpdateStatus::Successful);
        if matches!(config.state, Some(State::Failed))
            || matches!(config.last_update_status, Some(LastUpdateStatus::Failed))
        {
            return Err(DeployError::Aws {
                action: "deploying the function",
                message: config
                    .state_reason
                    .or(config.last_update_status_reason)
                    .unwrap_or_default(),
            });
        }
        if active && updated {
            return Ok(());
        }
        if started.elapsed() > READY_TIMEOUT {
            return Err(DeployError::NotReady(name.to_owned(), READY_TIMEOUT));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

fn vpc_config(spec: &FunctionSpec) -> VpcConfig {
    let vpc = spec.vpc.clone().unwrap_or(Vpc {
        subnet_ids: vec![],
        security_group_ids: vec![],
    });
    VpcConfig::builder()
        .set_subnet_ids(Some(vpc.subnet_ids))
        .set_security_group_ids(Some(vpc.security_group_ids))
        .build()
}

fn environment(spec: &FunctionSpec) -> Environment {
    Environment::builder()
        .set_variables(Some(spec.environment.clone().into_iter().collect()))
        .build()
}

pub async fn create_function(
    clients: &Clients,
    spec: &FunctionSpec,
    artifact: &Artifact,
) -> Result<String, DeployError> {
    let started = tokio::time::Instant::now();
    let created = loop {
        let attempt = clients
            .lambda
            .create_function()
            .function_name(&spec.name)
            .role(&spec.role_arn)
            .runtime(Runtime::Providedal2023)
            .handler("bootstrap")
            .architectures(Architecture::X8664)
            .memory_size(spec.memory_size)
            .timeout(spec.timeout)
            .environment(environment(spec))
            .set_layers(Some(spec.layers.clone()))
            .vpc_config(vpc_config(spec))
            .set_tags(Some(spec.tags.clone().into_iter().collect()))
            .code(FunctionCode::builder().zip_file(Blob::new(artifact.zip)).build())
            .send()
            .await;
        match attempt {
            Ok(created) => break created,
            Err(error)
                if started.elapsed() < ROLE_PROPAGATION
                    && error.as_service_error().is_some_and(|e| {
                        aws_sdk_lambda::error::ProvideErrorMetadata::message(e)
                            .is_some_and(|m| m.contains("cannot be assumed"))
                    }) =>
            {
                tokio::time::sleep(Duration::from_secs(3)).await;
            }
            Err(error) => {
                return Err(aws_error("CreateFunction")(
                    aws_sdk_lambda::error::DisplayErrorContext(error),
                ));
            }
        }
    };
    wait_ready(clients, &spec.name).await?;
    Ok(created.function_arn.unwrap_or_default())
}

/// Bring an existing function to `spec` and `artifact`, changing only what differs.
pub async fn update_function(
    clients: &Clients,
    spec: &FunctionSpec,
    artifact: &Artifact,
    deployed: &DeployedFunction,
) -> Result<(), DeployError> {
    let configuration_differs = deployed.role_arn != spec.role_arn
        || deployed.memory_size != spec.memory_size
        || deployed.timeout != spec.timeout
        || deployed.environment != spec.environment
        || deployed.layers != spec.layers
        || deployed.vpc != spec.vpc;
    if configuration_differs {
        wait_ready(clients, &spec.name).await?;
        clients
            .lambda
            .update_function_configuration()
            .function_name(&spec.name)
            .role(&spec.role_arn)
            .memory_size(spec.memory_size)
            .timeout(spec.timeout)
            .environment(environment(spec))
            .set_layers(Some(spec.layers.clone()))
            .vpc_config(vpc_config(spec))
            .send()
            .await
            .map_err(|e| {
                aws_error("UpdateFunctionConfiguration")(aws_sdk_lambda::error::DisplayErrorContext(e))
            })?;
    }
    if deployed.code_sha256 != artifact.code_sha256() {
        wait_ready(clients, &spec.name).await?;
        clients
            .lambda
            .update_function_code()
            .function_name(&spec.name)
            .zip_file(Blob::new(artifact.zip))
            .send()
            .await
            .map_err(|e| aws_error("UpdateFunctionCode")(aws_sdk_lambda::error::DisplayErrorContext(e)))?;
    }
    wait_ready(clients, &spec.name).await?;
    clients
        .lambda
        .tag_resource()
        .resource(&deployed.arn)
        .set_tags(Some(spec.tags.clone().into_iter().collect()))
        .send()
        .await
        .map_err(|e| aws_error("TagResource")(aws_sdk_lambda::error::DisplayErrorContext(e)))?;
    Ok(())
}

pub async fn delete_function(clients: &Clients, name: &str) -> Result<(), DeployError> {
    match clients.lambda.delete_function().function_name(name).send().await {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(()),
        Err(error) => Err(aws_error("DeleteFunction")(
            aws_sdk_lambda::error::DisplayErrorContext(error),
        )),
    }
}

/// The schedule rule that runs `function_arn`, its target and the permission EventBridge needs.
pub async fn put_schedule(
    clients: &Clients,
    rule: &str,
    expression: &str,
    function_name: &str,
    function_arn: &str,
    tags: &BTreeMap<String, String>,
) -> Result<(), DeployError> {
    let rule_arn = clients
        .events
        .put_rule()
        .name(rule)
        .schedule_expression(expression)
        .description(format!("Runs {function_name} (awsmon)"))
        .set_tags(Some(
            tags.iter()
                .map(|(k, v)| aws_sdk_eventbridge::types::Tag::builder().key(k).value(v).build())
                .collect::<Result<_, _>>()
                .map_err(aws_error("building tags"))?,
        ))
        .send()
        .await
        .map_err(|e| aws_error("PutRule")(aws_sdk_eventbridge::error::DisplayErrorContext(e)))?
        .rule_arn
        .unwrap_or_default();
    let statement = schedule_permission(rule);
    let granted = clients
        .lambda
        .add_permission()
        .function_name(function_name)
        .statement_id(&statement)
        .action("lambda:InvokeFunction")
        .principal("events.amazonaws.com")
        .source_arn(&rule_arn)
        .send()
        .await;
    if let Err(error) = granted
        && !error.as_service_error().is_some_and(|e| {
            aws_sdk_lambda::error::ProvideErrorMetadata::code(e) == Some("ResourceConflictException")
        })
    {
        return Err(aws_error("AddPermission")(
            aws_sdk_lambda::error::DisplayErrorContext(error),
        ));
    }
    let target = aws_sdk_eventbridge::types::Target::builder()
        .id(function_name)
        .arn(function_arn)
        .build()
        .map_err(aws_error("building the target"))?;
    clients
        .events
        .put_targets()
        .rule(rule)
        .targets(target)
        .send()
        .await
        .map_err(|e| aws_error("PutTargets")(aws_sdk_eventbridge::error::DisplayErrorContext(e)))?;
    Ok(())
}

/// The schedule expression of `rule`, or None when it does not exist.
pub async fn read_schedule(clients: &Clients, rule: &str) -> Result<Option<String>, DeployError> {
    match clients.events.describe_rule().name(rule).send().await {
        Ok(described) => Ok(described.schedule_expression),
        Err(error)
            if error.as_service_error().is_some_and(|e| {
                aws_sdk_eventbridge::error::ProvideErrorMetadata::code(e) == Some("ResourceNotFoundException")
            }) =>
        {
            Ok(None)
        }
        Err(error) => Err(aws_error("DescribeRule")(
            aws_sdk_eventbridge::error::DisplayErrorContext(error),
        )),
    }
}

/// The ids (`Sid`) of the statements of `function`'s resource policy: who may invoke it.
pub async fn permission_ids(clients: &Clients, function: &str) -> Result<Vec<String>, DeployError> {
    let policy = match clients.lambda.get_policy().function_name(function).send().await {
        Ok(output) => output.policy.unwrap_or_default(),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => return Ok(Vec::new()),
        Err(error) => {
            return Err(aws_error("GetPolicy")(
                aws_sdk_lambda::error::DisplayErrorContext(error),
            ));
        }
    };
    let policy: serde_json::Value =
        serde_json::from_str(&policy).map_err(aws_error("reading the function policy"))?;
    Ok(policy["Statement"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|statement| statement["Sid"].as_str().map(str::to_owned))
        .collect())
}

/// Whether `rule` still runs `function_arn` (passing `input`, when given, instead of the
/// scheduled event) and the function's policy (`permissions`, its statement ids) still lets
/// EventBridge invoke it: a target or permission removed outside Terraform leaves a rule that
/// runs nothing.
pub async fn schedule_is_wired(
    clients: &Clients,
    rule: &str,
    function_arn: &str,
    input: Option<&str>,
    permissions: &[String],
) -> Result<bool, DeployError> {
    let targets = clients
        .events
        .list_targets_by_rule()
        .rule(rule)
        .send()
        .await
        .map_err(|e| aws_error("ListTargetsByRule")(aws_sdk_eventbridge::error::DisplayErrorContext(e)))?
        .targets
        .unwrap_or_default();
    let targeted = targets
        .iter()
        .any(|t| t.arn() == function_arn && t.input() == input);
    Ok(targeted && permissions.contains(&schedule_permission(rule)))
}

/// The statement of a function's policy that lets schedule `rule` invoke it.
fn schedule_permission(rule: &str) -> String {
    format!("{rule}-invoke")
}

pub async fn delete_schedule(clients: &Clients, rule: &str, target_id: &str) -> Result<(), DeployError> {
    if read_schedule(clients, rule).await?.is_none() {
        return Ok(());
    }
    clients
        .events
        .remove_targets()
        .rule(rule)
        .ids(target_id)
        .send()
        .await
        .map_err(|e| aws_error("RemoveTargets")(aws_sdk_eventbridge::error::DisplayErrorContext(e)))?;
    clients
        .events
        .delete_rule()
        .name(rule)
        .send()
        .await
        .map_err(|e| aws_error("DeleteRule")(aws_sdk_eventbridge::error::DisplayErrorContext(e)))?;
    Ok(())
}

/// The function's log group, made up front so that its retention is Terraform's choice.
pub async fn put_log_group(clients: &Clients, group: &str, retention_days: i32) -> Result<(), DeployError> {
    let created = clients.logs.create_log_group().log_group_name(group).send().await;
    if let Err(error) = created
        && !error
            .as_service_error()
            .is_some_and(|e| e.is_resource_already_exists_exception())
    {
        return Err(aws_error("CreateLogGroup")(
            aws_sdk_cloudwatchlogs::error::DisplayErrorContext(error),
        ));
    }
    clients
        .logs
        .put_retention_policy()
        .log_group_name(group)
        .retention_in_days(retention_days)
        .send()
        .await
        .map_err(|e| {
            aws_error("PutRetentionPolicy")(aws_sdk_cloudwatchlogs::error::DisplayErrorContext(e))
        })?;
    Ok(())
}

pub async fn delete_log_group(clients: &Clients, group: &str) -> Result<(), DeployError> {
    match clients.logs.delete_log_group().log_group_name(group).send().await {
        Ok(_) => Ok(()),
        Err(error)
            if error
                .as_service_error()
                .is_some_and(|e| e.is_resource_not_found_exception()) =>
        {
            Ok(())
        }
        Err(error) => Err(aws_error("DeleteLogGroup")(
            aws_sdk_cloudwatchlogs::error::DisplayErrorContext(error),
        )),
    }
}

/// A request that creates `table` as the contract describes it: pay per request, string keys,
/// indexes projecting everything.
fn create_table_request(
    clients: &Clients,
    name: &str,
    table: &Table,
    tags: &BTreeMap<String, String>,
) -> Result<aws_sdk_dynamodb::operation::create_table::builders::CreateTableFluentBuilder, DeployError> {
    use aws_sdk_dynamodb::types::{
        AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
        ProjectionType, ScalarAttributeType, Tag,
    };
    let build = |e: aws_sdk_dynamodb::error::BuildError| DeployError::Aws {
        action: "building the table",
        message: e.to_string(),
    };
    let key = |attribute: &str, kind: KeyType| {
        KeySchemaElement::builder()
            .attribute_name(attribute)
            .key_type(kind)
            .build()
            .map_err(build)
    };
    let mut create = clients
        .dynamodb
        .create_table()
        .table_name(name)
        .billing_mode(BillingMode::PayPerRequest)
        .key_schema(key(table.partition_key, KeyType::Hash)?)
        .set_tags(Some(
            tags.iter()
                .map(|(k, v)| Tag::builder().key(k).value(v).build())
                .collect::<Result<_, _>>()
                .map_err(build)?,
        ));
    if let Some(sort_key) = table.sort_key {
        create = create.key_schema(key(sort_key, KeyType::Range)?);
    }
    for attribute in table.key_attributes() {
        create = create.attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name(attribute)
                .attribute_type(ScalarAttributeType::S)
                .build()
                .map_err(build)?,
        );
    }
    for index in table.indexes {
        create = create.global_secondary_indexes(
            GlobalSecondaryIndex::builder()
                .index_name(index.name)
                .key_schema(key(index.partition_key, KeyType::Hash)?)
                .key_schema(key(index.sort_key, KeyType::Range)?)
                .projection(Projection::builder().projection_type(ProjectionType::All).build())
                .build()
                .map_err(build)?,
        );
    }
    Ok(create)
}

/// Waits until `table` is ACTIVE.
async fn wait_table_active(clients: &Clients, table: &str) -> Result<(), DeployError> {
    let started = tokio::time::Instant::now();
    while table_status(clients, table).await?.as_deref() != Some("ACTIVE") {
        if started.elapsed() > READY_TIMEOUT {
            return Err(DeployError::NotReady(table.to_owned(), READY_TIMEOUT));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    Ok(())
}

/// An agent's checkpoint table, made if missing; waits until ACTIVE.
pub async fn put_checkpoint_table(
    clients: &Clients,
    name: &str,
    tags: &BTreeMap<String, String>,
) -> Result<(), DeployError> {
    if table_status(clients, name).await?.is_none() {
        create_table_request(clients, name, &tables::AGENT_CHECKPOINTS, tags)?
            .send()
            .await
            .map_err(|e| aws_error("CreateTable")(aws_sdk_dynamodb::error::DisplayErrorContext(e)))?;
    }
    wait_table_active(clients, name).await
}

/// The table's status (`ACTIVE`, `CREATING`...), or None when it does not exist.
pub async fn table_status(clients: &Clients, table: &str) -> Result<Option<String>, DeployError> {
    match clients.dynamodb.describe_table().table_name(table).send().await {
        Ok(described) => Ok(Some(
            described
                .table
                .and_then(|t| t.table_status)
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
        )),
        Err(error)
            if error
                .as_service_error()
                .is_some_and(|e| e.is_resource_not_found_exception()) =>
        {
            Ok(None)
        }
        Err(error) => Err(aws_error("DescribeTable")(
            aws_sdk_dynamodb::error::DisplayErrorContext(error),
        )),
    }
}

pub async fn delete_table(clients: &Clients, table: &str) -> Result<(), DeployError> {
    match clients.dynamodb.delete_table().table_name(table).send().await {
        Ok(_) => Ok(()),
        Err(error)
            if error
                .as_service_error()
                .is_some_and(|e| e.is_resource_not_found_exception()) =>
        {
            Ok(())
        }
        Err(error) => Err(aws_error("DeleteTable")(
            aws_sdk_dynamodb::error::DisplayErrorContext(error),
        )),
    }
}

/// A schedule rule like [`put_schedule`], whose target passes `input` (a JSON document) to the
/// function instead of EventBridge's scheduled event.
pub async fn put_schedule_with_input(
    clients: &Clients,
    rule: &str,
    expression: &str,
    function_name: &str,
    function_arn: &str,
    input: &str,
    tags: &BTreeMap<String, String>,
) -> Result<(), DeployError> {
    put_schedule(clients, rule, expression, function_name, function_arn, tags).await?;
    let target = aws_sdk_eventbridge::types::Target::builder()
        .id(function_name)
        .arn(function_arn)
        .input(input)
        .build()
        .map_err(aws_error("building the target"))?;
    clients
        .events
        .put_targets()
        .rule(rule)
        .targets(target)
        .send()
        .await
        .map_err(|e| aws_error("PutTargets")(aws_sdk_eventbridge::error::DisplayErrorContext(e)))?;
    Ok(())
}

/// An SQS event-source mapping as the provider reads it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueMapping {
    pub uuid: String,
    pub queue_arn: String,
    pub batch_size: i32,
    pub reports_item_failures: bool,
}

async fn queue_mappings(clients: &Clients, function_name: &str) -> Result<Vec<QueueMapping>, DeployError> {
    let mut found = Vec::new();
    let mut marker = None;
    loop {
        let page = match clients
            .lambda
            .list_event_source_mappings()
            .function_name(function_name)
            .set_marker(marker)
            .send()
            .await
        {
            Ok(page) => page,
            Err(error) if error.as_service_error().is_some_and(is_not_found) => return Ok(found),
            Err(error) => {
                return Err(aws_error("ListEventSourceMappings")(
                    aws_sdk_lambda::error::DisplayErrorContext(error),
                ));
            }
        };
        for mapping in page.event_source_mappings.unwrap_or_default() {
            let queue_arn = mapping.event_source_arn.unwrap_or_default();
            if !queue_arn.contains(":sqs:") {
                continue;
            }
            found.push(QueueMapping {
                uuid: mapping.uuid.unwrap_or_default(),
                queue_arn,
                batch_size: mapping.batch_size.unwrap_or_default(),
                reports_item_failures: mapping
                    .function_response_types
                    .unwrap_or_default()
                    .contains(&aws_sdk_lambda::types::FunctionResponseType::ReportBatchItemFailures),
            });
        }
        marker = page.next_marker;
        if marker.is_none() {
            return Ok(found);
        }
    }
}

/// The function's SQS mapping (the first, when several were made outside Terraform).
pub async fn read_queue_mapping(
    clients: &Clients,
    function_name: &str,
) -> Result<Option<QueueMapping>, DeployError> {
    Ok(queue_mappings(clients, function_name).await?.into_iter().next())
}

/// Exactly one mapping from `queue_arn` to the function, with `ReportBatchItemFailures` (the
/// handler returns `batchItemFailures`; without it a single failure would redeliver the whole
/// batch). Mappings from another queue are removed. Returns the mapping's UUID.
pub async fn put_queue_mapping(
    clients: &Clients,
    function_name: &str,
    queue_arn: &str,
    batch_size: i32,
) -> Result<String, DeployError> {
    use aws_sdk_lambda::types::FunctionResponseType;
    let mappings = queue_mappings(clients, function_name).await?;
    let uuid = match mappings.iter().find(|m| m.queue_arn == queue_arn) {
        Some(mapping) if mapping.batch_size == batch_size && mapping.reports_item_failures => {
            mapping.uuid.clone()
        }
        Some(mapping) => {
            clients
                .lambda
                .update_event_source_mapping()
                .uuid(&mapping.uuid)
                .batch_size(batch_size)
                .function_response_types(FunctionResponseType::ReportBatchItemFailures)
                .send()
                .await
                .map_err(|e| {
                    aws_error("UpdateEventSourceMapping")(aws_sdk_lambda::error::DisplayErrorContext(e))
                })?;
            mapping.uuid.clone()
        }
        None => clients
            .lambda
            .create_event_source_mapping()
            .function_name(function_name)
            .event_source_arn(queue_arn)
            .batch_size(batch_size)
            .enabled(true)
            .function_response_types(FunctionResponseType::ReportBatchItemFailures)
            .send()
            .await
            .map_err(|e| {
                aws_error("CreateEventSourceMapping")(aws_sdk_lambda::error::DisplayErrorContext(e))
            })?
            .uuid
            .unwrap_or_default(),
    };
    // Only once the new mapping exists: a failed switch leaves the old queue consumed.
    for mapping in mappings.iter().filter(|m| m.uuid != uuid) {
        delete_queue_mapping(clients, &mapping.uuid).await?;
    }
    Ok(uuid)
}

async fn delete_queue_mapping(clients: &Clients, uuid: &str) -> Result<(), DeployError> {
    match clients
        .lambda
        .delete_event_source_mapping()
        .uuid(uuid)
        .send()
        .await
    {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(()),
        Err(error) => Err(aws_error("DeleteEventSourceMapping")(
            aws_sdk_lambda::error::DisplayErrorContext(error),
        )),
    }
}

/// Remove every SQS mapping of the function (before the function itself, so none is orphaned).
pub async fn delete_queue_mappings(clients: &Clients, function_name: &str) -> Result<(), DeployError> {
    for mapping in queue_mappings(clients, function_name).await? {
        delete_queue_mapping(clients, &mapping.uuid).await?;
    }
    Ok(())
}

/// What DynamoDB reports about the master's table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployedTable {
    pub arn: String,
    /// The customer managed key of its encryption, None with AWS's own key.
    pub kms_key_arn: Option<String>,
}

pub async fn read_table(clients: &Clients, table: &str) -> Result<Option<DeployedTable>, DeployError> {
    match clients.dynamodb.describe_table().table_name(table).send().await {
        Ok(described) => {
            let table = described
                .table
                .unwrap_or_else(|| aws_sdk_dynamodb::types::TableDescription::builder().build());
            let kms_key_arn = table
                .sse_description
                .filter(|sse| sse.status.as_ref().is_none_or(|s| s.as_str() != "DISABLED"))
                .and_then(|sse| sse.kms_master_key_arn);
            Ok(Some(DeployedTable {
                arn: table.table_arn.unwrap_or_default(),
                kms_key_arn,
            }))
        }
        Err(error)
            if error
                .as_service_error()
                .is_some_and(|e| e.is_resource_not_found_exception()) =>
        {
            Ok(None)
        }
        Err(error) => Err(aws_error("DescribeTable")(
            aws_sdk_dynamodb::error::DisplayErrorContext(error),
        )),
    }
}

/// The master's single table, made from the contract's description when missing, with TTL on its expiry attribute and SSE with the
/// customer managed key when one is given. Returns the table's ARN.
pub async fn put_master_table(
    clients: &Clients,
    table: &str,
    kms_key_arn: Option<&str>,
    tags: &BTreeMap<String, String>,
) -> Result<String, DeployError> {
    use aws_sdk_dynamodb::types::{SseSpecification, SseType, Tag, TimeToLiveSpecification};
    let build = |e: aws_sdk_dynamodb::error::BuildError| DeployError::Aws {
        action: "building the table",
        message: e.to_string(),
    };
    let sse = |key: Option<&str>| match key {
        Some(key) => SseSpecification::builder()
            .enabled(true)
            .sse_type(SseType::Kms)
            .kms_master_key_id(key)
            .build(),
        None => SseSpecification::builder().enabled(false).build(),
    };
    let tag_list = tags
        .iter()
        .map(|(k, v)| Tag::builder().key(k).value(v).build())
        .collect::<Result<Vec<_>, _>>()
        .map_err(build)?;
    let existing = read_table(clients, table).await?;
    if existing.is_none() {
        let mut create = create_table_request(clients, table, &tables::master::TABLE, tags)?;
        if kms_key_arn.is_some() {
            create = create.sse_specification(sse(kms_key_arn));
        }
        create
            .send()
            .await
            .map_err(|e| aws_error("CreateTable")(aws_sdk_dynamodb::error::DisplayErrorContext(e)))?;
    }
    wait_table_active(clients, table).await?;
    let deployed = read_table(clients, table)
        .await?
        .ok_or_else(|| DeployError::NotReady(table.to_owned(), READY_TIMEOUT))?;
    if existing.is_some() {
        if deployed.kms_key_arn.as_deref() != kms_key_arn {
            clients
                .dynamodb
                .update_table()
                .table_name(table)
                .sse_specification(sse(kms_key_arn))
                .send()
                .await
                .map_err(|e| aws_error("UpdateTable")(aws_sdk_dynamodb::error::DisplayErrorContext(e)))?;
        }
        clients
            .dynamodb
            .tag_resource()
            .resource_arn(&deployed.arn)
            .set_tags(Some(tag_list))
            .send()
            .await
            .map_err(|e| aws_error("TagResource")(aws_sdk_dynamodb::error::DisplayErrorContext(e)))?;
    }
    if !ttl_enabled(clients, table).await? {
        clients
            .dynamodb
            .update_time_to_live()
            .table_name(table)
            .time_to_live_specification(
                TimeToLiveSpecification::builder()
                    .enabled(true)
                    .attribute_name(tables::master::TTL_ATTRIBUTE)
                    .build()
                    .map_err(build)?,
            )
            .send()
            .await
            .map_err(|e| aws_error("UpdateTimeToLive")(aws_sdk_dynamodb::error::DisplayErrorContext(e)))?;
    }
    Ok(deployed.arn)
}

/// Whether TTL is on (or turning on) for the runtime's expiry attribute.
pub async fn ttl_enabled(clients: &Clients, table: &str) -> Result<bool, DeployError> {
    use aws_sdk_dynamodb::types::TimeToLiveStatus;
    let described = clients
        .dynamodb
        .describe_time_to_live()
        .table_name(table)
        .send()
        .await
        .map_err(|e| aws_error("DescribeTimeToLive")(aws_sdk_dynamodb::error::DisplayErrorContext(e)))?;
    Ok(described.time_to_live_description.is_some_and(|ttl| {
        ttl.attribute_name.as_deref() == Some(tables::master::TTL_ATTRIBUTE)
            && matches!(
                ttl.time_to_live_status,
                Some(TimeToLiveStatus::Enabled | TimeToLiveStatus::Enabling)
            )
    }))
}

fn apigateway_error<E, R>(
    action: &'static str,
) -> impl FnOnce(aws_sdk_apigateway::error::SdkError<E, R>) -> DeployError
where
    E: std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    move |error| aws_error(action)(aws_sdk_apigateway::error::DisplayErrorContext(error))
}

fn is_apigateway_not_found<E: aws_sdk_apigateway::error::ProvideErrorMetadata>(error: &E) -> bool {
    error.code() == Some("NotFoundException")
}

/// What API Gateway reports about the master's REST API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployedApi {
    pub id: String,
    pub stages: Vec<String>,
    /// The authorization of the proxy method, when it exists.
    pub authorization: Option<String>,
}

/// The REST API with id `id` when it still exists, else the one named `name` (import knows only
/// the name).
pub async fn find_rest_api(
    clients: &Clients,
    id: Option<&str>,
    name: &str,
) -> Result<Option<String>, DeployError> {
    if let Some(id) = id {
        match clients.apigateway.get_rest_api().rest_api_id(id).send().await {
            Ok(_) => return Ok(Some(id.to_owned())),
            Err(error) if error.as_service_error().is_some_and(is_apigateway_not_found) => {}
            Err(error) => return Err(apigateway_error("GetRestApi")(error)),
        }
    }
    let mut position = None;
    loop {
        let page = clients
            .apigateway
            .get_rest_apis()
            .limit(500)
            .set_position(position)
            .send()
            .await
            .map_err(apigateway_error("GetRestApis"))?;
        if let Some(api) = page
            .items
            .unwrap_or_default()
            .into_iter()
            .find(|api| api.name.as_deref() == Some(name))
        {
            return Ok(api.id);
        }
        position = page.position;
        if position.is_none() {
            return Ok(None);
        }
    }
}

async fn proxy_resources(
    clients: &Clients,
    api_id: &str,
) -> Result<Vec<aws_sdk_apigateway::types::Resource>, DeployError> {
    Ok(clients
        .apigateway
        .get_resources()
        .rest_api_id(api_id)
        .limit(500)
        .send()
        .await
        .map_err(apigateway_error("GetResources"))?
        .items
        .unwrap_or_default())
}

const PROXY_PATH: &str = "/{proxy+}";

pub async fn read_rest_api(clients: &Clients, api_id: &str) -> Result<Option<DeployedApi>, DeployError> {
    let stages = match clients.apigateway.get_stages().rest_api_id(api_id).send().await {
        Ok(stages) => stages.item.unwrap_or_default(),
        Err(error) if error.as_service_error().is_some_and(is_apigateway_not_found) => return Ok(None),
        Err(error) => return Err(apigateway_error("GetStages")(error)),
    };
    let mut authorization = None;
    if let Some(proxy) = proxy_resources(clients, api_id)
        .await?
        .into_iter()
        .find(|r| r.path.as_deref() == Some(PROXY_PATH))
    {
        match clients
            .apigateway
            .get_method()
            .rest_api_id(api_id)
            .resource_id(proxy.id.unwrap_or_default())
            .http_method("ANY")
            .send()
            .await
        {
            Ok(method) => authorization = method.authorization_type,
            Err(error) if error.as_service_error().is_some_and(is_apigateway_not_found) => {}
            Err(error) => return Err(apigateway_error("GetMethod")(error)),
        }
    }
    let mut stages: Vec<String> = stages.into_iter().filter_map(|s| s.stage_name).collect();
    stages.sort();
    Ok(Some(DeployedApi {
        id: api_id.to_owned(),
        stages,
        authorization,
    }))
}

/// The REST API (regional) named `name`: the existing one (by id, else by name) or a new one.
pub async fn put_rest_api(
    clients: &Clients,
    id: Option<&str>,
    name: &str,
    tags: &BTreeMap<String, String>,
) -> Result<String, DeployError> {
    use aws_sdk_apigateway::types::{EndpointConfiguration, EndpointType};
    if let Some(found) = find_rest_api(clients, id, name).await? {
        return Ok(found);
    }
    let created = clients
        .apigateway
        .create_rest_api()
        .name(name)
        .description("The awsmon API (issues, events, reports)")
        .endpoint_configuration(
            EndpointConfiguration::builder()
                .types(EndpointType::Regional)
                .build(),
        )
        .set_tags(Some(tags.clone().into_iter().collect()))
        .send()
        .await
        .map_err(apigateway_error("CreateRestApi"))?;
    Ok(created.id.unwrap_or_default())
}

/// `ANY /` and `ANY /{proxy+}` with an AWS_PROXY integration to the function, a deployment on
/// `stage` (made again only when a method changed or the stage is missing), and the permission
/// API Gateway needs to invoke the function.
pub async fn put_api_proxy(
    clients: &Clients,
    api_id: &str,
    function_arn: &str,
    stage: &str,
    authorization: &str,
) -> Result<(), DeployError> {
    use aws_sdk_apigateway::types::IntegrationType;
    let arn: Vec<&str> = function_arn.split(':').collect();
    let (Some(region), Some(account)) = (arn.get(3), arn.get(4)) else {
        return Err(DeployError::Aws {
            action: "wiring the API",
            message: format!("not a function ARN: {function_arn}"),
        });
    };
    let uri =
        format!("arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function_arn}/invocations");
    let resources = proxy_resources(clients, api_id).await?;
    let root = resources
        .iter()
        .find(|r| r.path.as_deref() == Some("/"))
        .and_then(|r| r.id.clone())
        .ok_or_else(|| DeployError::Aws {
            action: "wiring the API",
            message: format!("REST API {api_id} has no root resource"),
        })?;
    let proxy = match resources.iter().find(|r| r.path.as_deref() == Some(PROXY_PATH)) {
        Some(found) => found.id.clone().unwrap_or_default(),
        None => clients
            .apigateway
            .create_resource()
            .rest_api_id(api_id)
            .parent_id(&root)
            .path_part("{proxy+}")
            .send()
            .await
            .map_err(apigateway_error("CreateResource"))?
            .id
            .unwrap_or_default(),
    };
    let mut changed = false;
    for resource in [&root, &proxy] {
        let method = match clients
            .apigateway
            .get_method()
            .rest_api_id(api_id)
            .resource_id(resource)
            .http_method("ANY")
            .send()
            .await
        {
            Ok(method) => Some(method),
            Err(error) if error.as_service_error().is_some_and(is_apigateway_not_found) => None,
            Err(error) => return Err(apigateway_error("GetMethod")(error)),
        };
        let current = method.as_ref().is_some_and(|m| {
            m.authorization_type.as_deref() == Some(authorization)
                && m.method_integration
                    .as_ref()
                    .is_some_and(|i| i.uri.as_deref() == Some(uri.as_str()))
        });
        if current {
            continue;
        }
        changed = true;
        if method.is_some() {
            clients
                .apigateway
                .delete_method()
                .rest_api_id(api_id)
                .resource_id(resource)
                .http_method("ANY")
                .send()
                .await
                .map_err(apigateway_error("DeleteMethod"))?;
        }
        clients
            .apigateway
            .put_method()
            .rest_api_id(api_id)
            .resource_id(resource)
            .http_method("ANY")
            .authorization_type(authorization)
            .send()
            .await
            .map_err(apigateway_error("PutMethod"))?;
        clients
            .apigateway
            .put_integration()
            .rest_api_id(api_id)
            .resource_id(resource)
            .http_method("ANY")
            .r#type(IntegrationType::AwsProxy)
            .integration_http_method("POST")
            .uri(&uri)
            .send()
            .await
            .map_err(apigateway_error("PutIntegration"))?;
    }
    let deployed = read_rest_api(clients, api_id).await?;
    if changed || !deployed.is_some_and(|api| api.stages.iter().any(|s| s == stage)) {
        clients
            .apigateway
            .create_deployment()
            .rest_api_id(api_id)
            .stage_name(stage)
            .description("awsmon")
            .send()
            .await
            .map_err(apigateway_error("CreateDeployment"))?;
    }
    // A renamed stage: the old one would keep serving the API.
    for old in read_rest_api(clients, api_id)
        .await?
        .map(|api| api.stages)
        .unwrap_or_default()
        .into_iter()
        .filter(|s| s != stage)
    {
        clients
            .apigateway
            .delete_stage()
            .rest_api_id(api_id)
            .stage_name(old)
            .send()
            .await
            .map_err(apigateway_error("DeleteStage"))?;
    }
    // One statement per API id: an API made again after a deletion gets its own, and the
    // statements of APIs that no longer exist are removed below.
    let statement = api_permission(api_id);
    let granted = clients
        .lambda
        .add_permission()
        .function_name(function_arn)
        .statement_id(&statement)
        .action("lambda:InvokeFunction")
        .principal("apigateway.amazonaws.com")
        .source_arn(format!("arn:aws:execute-api:{region}:{account}:{api_id}/*"))
        .send()
        .await;
    if let Err(error) = granted
        && !error.as_service_error().is_some_and(|e| {
            aws_sdk_lambda::error::ProvideErrorMetadata::code(e) == Some("ResourceConflictException")
        })
    {
        return Err(aws_error("AddPermission")(
            aws_sdk_lambda::error::DisplayErrorContext(error),
        ));
    }
    for stale in permission_ids(clients, function_arn)
        .await?
        .into_iter()
        .filter(|sid| sid.starts_with(API_PERMISSION_PREFIX) && *sid != statement)
    {
        clients
            .lambda
            .remove_permission()
            .function_name(function_arn)
            .statement_id(stale)
            .send()
            .await
            .map_err(|e| aws_error("RemovePermission")(aws_sdk_lambda::error::DisplayErrorContext(e)))?;
    }
    Ok(())
}

const API_PERMISSION_PREFIX: &str = "apigateway-";

/// The statement of the api function's policy that lets REST API `api_id` invoke it.
pub fn api_permission(api_id: &str) -> String {
    format!("{API_PERMISSION_PREFIX}{api_id}")
}

pub async fn delete_rest_api(clients: &Clients, api_id: &str) -> Result<(), DeployError> {
    match clients
        .apigateway
        .delete_rest_api()
        .rest_api_id(api_id)
        .send()
        .await
    {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_apigateway_not_found) => Ok(()),
        Err(error) => Err(apigateway_error("DeleteRestApi")(error)),
    }
}

/// The retention of `group` in days (None when it does not exist or keeps logs forever).
pub async fn read_log_group_retention(clients: &Clients, group: &str) -> Result<Option<i32>, DeployError> {
    let described = clients
        .logs
        .describe_log_groups()
        .log_group_name_prefix(group)
        .send()
        .await
        .map_err(|e| aws_error("DescribeLogGroups")(aws_sdk_cloudwatchlogs::error::DisplayErrorContext(e)))?;
    Ok(described
        .log_groups
        .unwrap_or_default()
        .into_iter()
        .find(|g| g.log_group_name.as_deref() == Some(group))
        .and_then(|g| g.retention_in_days))
}
