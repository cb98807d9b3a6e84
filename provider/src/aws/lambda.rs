//! Lambda: the functions, their permissions and the ingest queue's event-source mapping.

use std::collections::BTreeMap;
use std::time::Duration;

use aws_sdk_lambda::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_lambda::operation::create_function::CreateFunctionError;
use aws_sdk_lambda::primitives::Blob;
use aws_sdk_lambda::types::{
    Architecture, Environment, FunctionCode, LastUpdateStatus, Runtime, State, VpcConfig,
};

use awsmon_contract::ErrorKind;

use super::{DeployError, failed, is_not_found, request_error, retry, wait_until};
use crate::artifact::Artifact;
use crate::clients::Clients;

/// Everything about a function that Terraform configures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionSpec {
    pub name: String,
    /// The handler setting: the function's name in the contract's registry, which selects it
    /// in a binary shared by several functions (`_HANDLER`).
    pub handler: &'static str,
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
    pub handler: String,
    pub role_arn: String,
    pub memory_size: i32,
    pub timeout: i32,
    pub environment: BTreeMap<String, String>,
    pub code_sha256: String,
    pub tags: BTreeMap<String, String>,
    pub layers: Vec<String>,
    pub vpc: Option<Vpc>,
}

/// A role just made by the module may not be assumable by Lambda for a few seconds (IAM
/// propagation): creation retries this long.
const ROLE_PROPAGATION: Duration = Duration::from_secs(60);

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
            return Err(failed("GetFunctionConfiguration", name)(error));
        }
    };
    let arn = response.function_arn.unwrap_or_default();
    let tags = clients
        .lambda
        .list_tags()
        .resource(&arn)
        .send()
        .await
        .map_err(failed("ListTags", name))?
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
        handler: response.handler.unwrap_or_default(),
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

/// Waits until the function is Active and its last update finished, as Lambda requires before
/// the next change.
async fn wait_ready(clients: &Clients, name: &str) -> Result<(), DeployError> {
    wait_until(name, || async {
        let config = clients
            .lambda
            .get_function_configuration()
            .function_name(name)
            .send()
            .await
            .map_err(failed("GetFunctionConfiguration", name))?;
        if matches!(config.state, Some(State::Failed))
            || matches!(config.last_update_status, Some(LastUpdateStatus::Failed))
        {
            return Err(DeployError::Failed {
                resource: name.to_owned(),
                reason: config
                    .state_reason
                    .or(config.last_update_status_reason)
                    .unwrap_or_else(|| "Lambda reports the function Failed".into()),
            });
        }
        let active = config.state.as_ref().is_none_or(|s| *s == State::Active);
        let updated = config
            .last_update_status
            .as_ref()
            .is_none_or(|s| *s == LastUpdateStatus::Successful);
        Ok(active && updated)
    })
    .await
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
    // A role the module has just made may not be assumable by Lambda yet (IAM propagation).
    let not_yet_assumable = |error: &SdkError<CreateFunctionError, _>| {
        error
            .as_service_error()
            .and_then(ProvideErrorMetadata::message)
            .is_some_and(|m| m.contains("cannot be assumed"))
    };
    let created = retry(
        ROLE_PROPAGATION,
        Duration::from_secs(3),
        not_yet_assumable,
        || {
            clients
                .lambda
                .create_function()
                .function_name(&spec.name)
                .role(&spec.role_arn)
                .runtime(Runtime::Providedal2023)
                .handler(spec.handler)
                .architectures(Architecture::X8664)
                .memory_size(spec.memory_size)
                .timeout(spec.timeout)
                .environment(environment(spec))
                .set_layers(Some(spec.layers.clone()))
                .vpc_config(vpc_config(spec))
                .set_tags(Some(spec.tags.clone().into_iter().collect()))
                .code(FunctionCode::builder().zip_file(Blob::new(artifact.zip)).build())
                .send()
        },
    )
    .await
    .map_err(failed("CreateFunction", &spec.name))?;
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
    // A function deployed before the master's functions shared one binary has the handler
    // `bootstrap`: its next apply sets the handler with the new code.
    let configuration_differs = deployed.handler != spec.handler
        || deployed.role_arn != spec.role_arn
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
            .handler(spec.handler)
            .role(&spec.role_arn)
            .memory_size(spec.memory_size)
            .timeout(spec.timeout)
            .environment(environment(spec))
            .set_layers(Some(spec.layers.clone()))
            .vpc_config(vpc_config(spec))
            .send()
            .await
            .map_err(failed("UpdateFunctionConfiguration", &spec.name))?;
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
            .map_err(failed("UpdateFunctionCode", &spec.name))?;
    }
    wait_ready(clients, &spec.name).await?;
    clients
        .lambda
        .tag_resource()
        .resource(&deployed.arn)
        .set_tags(Some(spec.tags.clone().into_iter().collect()))
        .send()
        .await
        .map_err(failed("TagResource", &spec.name))?;
    Ok(())
}

pub async fn delete_function(clients: &Clients, name: &str) -> Result<(), DeployError> {
    match clients.lambda.delete_function().function_name(name).send().await {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(()),
        Err(error) => Err(failed("DeleteFunction", name)(error)),
    }
}

/// The ids (`Sid`) of the statements of `function`'s resource policy: who may invoke it.
pub async fn permission_ids(clients: &Clients, function: &str) -> Result<Vec<String>, DeployError> {
    let policy = match clients.lambda.get_policy().function_name(function).send().await {
        Ok(output) => output.policy.unwrap_or_default(),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => return Ok(Vec::new()),
        Err(error) => {
            return Err(failed("GetPolicy", function)(error));
        }
    };
    let policy: serde_json::Value =
        serde_json::from_str(&policy).map_err(request_error("reading the function policy"))?;
    Ok(policy["Statement"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|statement| statement["Sid"].as_str().map(str::to_owned))
        .collect())
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
                return Err(failed("ListEventSourceMappings", function_name)(error));
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
                .map_err(failed("UpdateEventSourceMapping", function_name))?;
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
            .map_err(failed("CreateEventSourceMapping", function_name))?
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
        Err(error) => Err(failed("DeleteEventSourceMapping", uuid)(error)),
    }
}

/// Remove every SQS mapping of the function (before the function itself, so none is orphaned).
pub async fn delete_queue_mappings(clients: &Clients, function_name: &str) -> Result<(), DeployError> {
    for mapping in queue_mappings(clients, function_name).await? {
        delete_queue_mapping(clients, &mapping.uuid).await?;
    }
    Ok(())
}

/// Lets `principal` invoke `function` from `source_arn`, under statement id `statement`; a
/// statement already there is left as it is.
pub async fn add_invoke_permission(
    clients: &Clients,
    function: &str,
    statement: &str,
    principal: &str,
    source_arn: &str,
) -> Result<(), DeployError> {
    let granted = clients
        .lambda
        .add_permission()
        .function_name(function)
        .statement_id(statement)
        .action("lambda:InvokeFunction")
        .principal(principal)
        .source_arn(source_arn)
        .send()
        .await;
    match granted {
        Err(error)
            if !error
                .as_service_error()
                .is_some_and(|e| ErrorKind::classify(e.code(), None) == ErrorKind::Conflict) =>
        {
            Err(failed("AddPermission", function)(error))
        }
        _ => Ok(()),
    }
}

pub async fn remove_permission(
    clients: &Clients,
    function: &str,
    statement: &str,
) -> Result<(), DeployError> {
    clients
        .lambda
        .remove_permission()
        .function_name(function)
        .statement_id(statement)
        .send()
        .await
        .map_err(failed("RemovePermission", function))?;
    Ok(())
}
