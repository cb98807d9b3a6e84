//! AWS operations both resources use to deploy a function: create or update it and wait until
//! Lambda has finished, wire a schedule rule to it, keep its log group and the tables the
//! runtime's schema owns, and remove all of it.

use std::collections::BTreeMap;
use std::time::Duration;

use aws_sdk_lambda::primitives::Blob;
use aws_sdk_lambda::types::{
    Architecture, Environment, FunctionCode, LastUpdateStatus, Runtime, State, VpcConfig,
};

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
    let statement = format!("{rule}-invoke");
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

/// A pay-per-request table keyed by one string attribute, made if missing; waits until ACTIVE.
pub async fn put_table(
    clients: &Clients,
    table: &str,
    hash_key: &str,
    tags: &BTreeMap<String, String>,
) -> Result<(), DeployError> {
    use aws_sdk_dynamodb::types::{
        AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType, Tag,
    };
    if table_status(clients, table).await?.is_none() {
        let build = |e: aws_sdk_dynamodb::error::BuildError| DeployError::Aws {
            action: "building the table",
            message: e.to_string(),
        };
        clients
            .dynamodb
            .create_table()
            .table_name(table)
            .billing_mode(BillingMode::PayPerRequest)
            .attribute_definitions(
                AttributeDefinition::builder()
                    .attribute_name(hash_key)
                    .attribute_type(ScalarAttributeType::S)
                    .build()
                    .map_err(build)?,
            )
            .key_schema(
                KeySchemaElement::builder()
                    .attribute_name(hash_key)
                    .key_type(KeyType::Hash)
                    .build()
                    .map_err(build)?,
            )
            .set_tags(Some(
                tags.iter()
                    .map(|(k, v)| Tag::builder().key(k).value(v).build())
                    .collect::<Result<_, _>>()
                    .map_err(build)?,
            ))
            .send()
            .await
            .map_err(|e| aws_error("CreateTable")(aws_sdk_dynamodb::error::DisplayErrorContext(e)))?;
    }
    let started = tokio::time::Instant::now();
    while table_status(clients, table).await?.as_deref() != Some("ACTIVE") {
        if started.elapsed() > READY_TIMEOUT {
            return Err(DeployError::NotReady(table.to_owned(), READY_TIMEOUT));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    Ok(())
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
