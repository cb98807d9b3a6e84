//! Lambda functions and ECS services found by tag (Resource Groups Tagging API), resolved to
//! the log groups they write to.
//!
//! A Lambda function writes to the log group of its `LoggingConfig` (GetFunctionConfiguration),
//! `/aws/lambda/<name>` unless set.
//! An ECS service writes to the `awslogs-group` of its task definition's containers (not the
//! ECS Exec audit group).

use std::collections::BTreeSet;

use aws_sdk_ecs::types::LogDriver;
use aws_sdk_resourcegroupstagging::types::TagFilter as AwsTagFilter;

use crate::config::TagFilter;
use crate::error::AwsError;
use crate::ports::{TaggedLogGroups, TaggedWorkloads};

#[derive(Debug, Clone)]
pub struct TaggedByTag {
    tagging: aws_sdk_resourcegroupstagging::Client,
    ecs: aws_sdk_ecs::Client,
    lambda: aws_sdk_lambda::Client,
}

impl TaggedByTag {
    pub fn new(
        tagging: aws_sdk_resourcegroupstagging::Client,
        ecs: aws_sdk_ecs::Client,
        lambda: aws_sdk_lambda::Client,
    ) -> Self {
        Self { tagging, ecs, lambda }
    }

    /// The log group the function writes to: its LoggingConfig's, or the default one.
    async fn function_log_group(&self, function: &str) -> Result<String, AwsError> {
        let configuration = self
            .lambda
            .get_function_configuration()
            .function_name(function)
            .send()
            .await
            .map_err(|e| AwsError::from_sdk("GetFunctionConfiguration", e))?;
        Ok(configuration
            .logging_config
            .and_then(|logging| logging.log_group)
            .unwrap_or_else(|| format!("/aws/lambda/{function}")))
    }

    async fn tagged_arns(&self, tag: &TagFilter) -> Result<Vec<String>, AwsError> {
        let filter = AwsTagFilter::builder()
            .key(&tag.key)
            .set_values(tag.value.clone().map(|v| vec![v]))
            .build();
        let mut arns = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let output = self
                .tagging
                .get_resources()
                .tag_filters(filter.clone())
                .resource_type_filters("lambda:function")
                .resource_type_filters("ecs:service")
                .set_pagination_token(token)
                .send()
                .await
                .map_err(|e| AwsError::from_sdk("GetResources", e))?;
            arns.extend(
                output
                    .resource_tag_mapping_list
                    .unwrap_or_default()
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
        let services = self
            .ecs
            .describe_services()
            .cluster(cluster)
            .services(service)
            .send()
            .await
            .map_err(|e| AwsError::from_sdk("DescribeServices", e))?;
        let Some(task_definition) = services
            .services
            .unwrap_or_default()
            .into_iter()
            .find_map(|s| s.task_definition)
        else {
            return Ok(Vec::new());
        };
        let definition = self
            .ecs
            .describe_task_definition()
            .task_definition(&task_definition)
            .send()
            .await
            .map_err(|e| AwsError::from_sdk("DescribeTaskDefinition", e))?;
        Ok(definition
            .task_definition
            .and_then(|d| d.container_definitions)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|container| {
                let logging = container.log_configuration?;
                (logging.log_driver == LogDriver::Awslogs)
                    .then(|| logging.options?.get("awslogs-group").cloned())
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
