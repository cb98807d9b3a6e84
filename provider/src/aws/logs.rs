//! CloudWatch Logs: the functions' log groups, made by the provider so that their retention
//! is Terraform's choice.

use super::{DeployError, failed, is_not_found};
use crate::clients::Clients;

/// The function's log group, made up front so that its retention is Terraform's choice.
pub async fn put_log_group(clients: &Clients, group: &str, retention_days: i32) -> Result<(), DeployError> {
    let created = clients.logs.create_log_group().log_group_name(group).send().await;
    if let Err(error) = created
        && !error
            .as_service_error()
            .is_some_and(|e| e.is_resource_already_exists_exception())
    {
        return Err(failed("CreateLogGroup", group)(error));
    }
    clients
        .logs
        .put_retention_policy()
        .log_group_name(group)
        .retention_in_days(retention_days)
        .send()
        .await
        .map_err(failed("PutRetentionPolicy", group))?;
    Ok(())
}

pub async fn delete_log_group(clients: &Clients, group: &str) -> Result<(), DeployError> {
    match clients.logs.delete_log_group().log_group_name(group).send().await {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(()),
        Err(error) => Err(failed("DeleteLogGroup", group)(error)),
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
        .map_err(failed("DescribeLogGroups", group))?;
    Ok(described
        .log_groups
        .unwrap_or_default()
        .into_iter()
        .find(|g| g.log_group_name.as_deref() == Some(group))
        .and_then(|g| g.retention_in_days))
}
