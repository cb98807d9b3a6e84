//! Lambda functions and ECS services found by tag (Resource Groups Tagging API), resolved to
//! the log groups they write to.
//!
//! A Lambda function writes to the log group of its `LoggingConfig` (GetFunctionConfiguration),
//! `/aws/lambda/<name>` unless set.
//! An ECS service writes to the `awslogs-group` of its task definition's containers (not the
//! ECS Exec audit group).

use std::collections::{BTreeMap, BTreeSet};

use awsmon_sdk_config::aws_json::{JsonClient, path_segment};
use serde::Deserialize;
use serde_json::json;

use crate::config::TagFilter;
use crate::error::AwsError;
use crate::ports::{TaggedLogGroups, TaggedWorkloads};

/// The adapter, over the Resource Groups Tagging API, ECS and Lambda, each called through
/// `aws_json` for the one or two operations used (their SDK crates were a third of the Lambda
/// build: see `crates/sdk-config/src/aws_json.rs`).
#[derive(Debug, Clone)]
pub struct TaggedByTag {
    tagging: JsonClient,
    ecs: JsonClient,
    lambda: JsonClient,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct GetResourcesOutput {
    #[serde(default)]
    resource_tag_mapping_list: Vec<ResourceTagMapping>,
    pagination_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ResourceTagMapping {
    #[serde(rename = "ResourceARN")]
    resource_arn: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct FunctionConfiguration {
    logging_config: Option<LoggingConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct LoggingConfig {
    log_group: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DescribeServicesOutput {
    #[serde(default)]
    services: Vec<Service>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Service {
    task_definition: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DescribeTaskDefinitionOutput {
    task_definition: Option<TaskDefinition>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct TaskDefinition {
    #[serde(default)]
    container_definitions: Vec<ContainerDefinition>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ContainerDefinition {
    log_configuration: Option<LogConfiguration>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LogConfiguration {
    log_driver: String,
    #[serde(default)]
    options: BTreeMap<String, String>,
}

impl TaggedByTag {
    /// Clients of the Tagging API (`aws_json::TAGGING`), ECS (`ECS`) and Lambda (`LAMBDA`).
    pub fn new(tagging: JsonClient, ecs: JsonClient, lambda: JsonClient) -> Self {
        Self { tagging, ecs, lambda }
    }

    /// The log group the function writes to: its LoggingConfig's, or the default one.
    async fn function_log_group(&self, function: &str) -> Result<String, AwsError> {
        let path = format!("2015-03-31/functions/{}/configuration", path_segment(function));
        let configuration: FunctionConfiguration =
            self.lambda
                .get("GetFunctionConfiguration", &path)
                .await
                .map_err(|e| AwsError::from_json("GetFunctionConfiguration", e))?;
        Ok(configuration
            .logging_config
            .and_then(|logging| logging.log_group)
            .unwrap_or_else(|| format!("/aws/lambda/{function}")))
    }

    async fn tagged_arns(&self, tag: &TagFilter) -> Result<Vec<String>, AwsError> {
        let filter = match &tag.value {
            Some(value) => json!({"Key": tag.key, "Values": [value]}),
            None => json!({"Key": tag.key}),
        };
        let mut arns = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut input = json!({
                "TagFilters": [filter],
                "ResourceTypeFilters": ["lambda:function", "ecs:service"],
            });
            if let Some(token) = &token {
                input["PaginationToken"] = json!(token);
            }
            let output: GetResourcesOutput = self
                .tagging
                .call("GetResources", &input)
                .await
                .map_err(|e| AwsError::from_json("GetResources", e))?;
            arns.extend(
                output
                    .resource_tag_mapping_list
                    .into_iter()
                    .filter_map(|m| m.resource_arn),
            );
            token = output.pagination_token.filter(|t| !t.is_empty());
            if token.is_none() {
                return Ok(arns);
            }
        }
    }

    /// The `awslogs-group` of each container of the service's task definition.
    async fn service_log_groups(&self, cluster: &str, service: &str) -> Result<Vec<String>, AwsError> {
        let services: DescribeServicesOutput = self
            .ecs
            .call(
                "DescribeServices",
                &json!({"cluster": cluster, "services": [service]}),
            )
            .await
            .map_err(|e| AwsError::from_json("DescribeServices", e))?;
        let Some(task_definition) = services.services.into_iter().find_map(|s| s.task_definition) else {
            return Ok(Vec::new());
        };
        let definition: DescribeTaskDefinitionOutput = self
            .ecs
            .call(
                "DescribeTaskDefinition",
                &json!({"taskDefinition": task_definition}),
            )
            .await
            .map_err(|e| AwsError::from_json("DescribeTaskDefinition", e))?;
        Ok(definition
            .task_definition
            .map(|d| d.container_definitions)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|container| {
                let mut logging = container.log_configuration?;
                (logging.log_driver == "awslogs")
                    .then(|| logging.options.remove("awslogs-group"))
                    .flatten()
            })
            .collect())
    }
}

/// What a tagged ARN is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Workload {
    Lambda { function: String },
    EcsService { cluster: String, service: String },
}

/// `arn:aws:lambda:r:a:function:NAME` or `arn:aws:ecs:r:a:service/CLUSTER/SERVICE`.
pub fn workload(arn: &str) -> Option<Workload> {
    let mut parts = arn.splitn(6, ':');
    let (_, _, service, _, _, resource) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    match service {
        "lambda" => {
            let function = resource.strip_prefix("function:")?;
            let function = function.split(':').next()?;
            Some(Workload::Lambda {
                function: function.to_owned(),
            })
        }
        "ecs" => {
            let path = resource.strip_prefix("service/")?;
            let (cluster, service) = path.split_once('/')?;
            Some(Workload::EcsService {
                cluster: cluster.to_owned(),
                service: service.to_owned(),
            })
        }
        _ => None,
    }
}

impl TaggedWorkloads for TaggedByTag {
    async fn log_groups(&self, tag: &TagFilter) -> Result<TaggedLogGroups, AwsError> {
        let mut groups = BTreeSet::new();
        let mut problems = Vec::new();
        for arn in self.tagged_arns(tag).await? {
            match workload(&arn) {
                Some(Workload::Lambda { function }) => match self.function_log_group(&function).await {
                    Ok(group) => {
                        groups.insert(group);
                    }
                    Err(e) => problems.push(format!("Lambda function {arn}: {e}")),
                },
                Some(Workload::EcsService { cluster, service }) => {
                    match self.service_log_groups(&cluster, &service).await {
                        Ok(found) if found.is_empty() => {
                            problems.push(format!("ECS service {arn} has no awslogs log group"));
                        }
                        Ok(found) => groups.extend(found),
                        Err(e) => problems.push(format!("ECS service {arn}: {e}")),
                    }
                }
                None => problems.push(format!(
                    "tagged resource {arn} is not a Lambda function or ECS service"
                )),
            }
        }
        Ok(TaggedLogGroups {
            log_groups: groups.into_iter().collect(),
            problems,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_arns_name_their_workload() {
        assert_eq!(
            workload("arn:aws:lambda:eu-west-1:222222222222:function:orders"),
            Some(Workload::Lambda {
                function: "orders".into()
            })
        );
        assert_eq!(
            workload("arn:aws:ecs:eu-west-1:222222222222:service/prod/web"),
            Some(Workload::EcsService {
                cluster: "prod".into(),
                service: "web".into()
            })
        );
        assert_eq!(workload("arn:aws:ecs:eu-west-1:222222222222:service/web"), None);
        assert_eq!(workload("arn:aws:sqs:eu-west-1:222222222222:q"), None);
    }
}
