//! DynamoDB: the master's table and the agents' checkpoint tables, made from the contract's
//! table schemas.

use std::collections::BTreeMap;

use awsmon_contract::tables::{self, Table};

use super::{DeployError, READY_TIMEOUT, failed, is_not_found, request_error, wait_until};
use crate::clients::Clients;

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
    let build = request_error("building the table");
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
    wait_until(table, || async {
        Ok(table_status(clients, table).await?.as_deref() == Some("ACTIVE"))
    })
    .await
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
            .map_err(failed("CreateTable", name))?;
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
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(None),
        Err(error) => Err(failed("DescribeTable", table)(error)),
    }
}

pub async fn delete_table(clients: &Clients, table: &str) -> Result<(), DeployError> {
    match clients.dynamodb.delete_table().table_name(table).send().await {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(()),
        Err(error) => Err(failed("DeleteTable", table)(error)),
    }
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
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(None),
        Err(error) => Err(failed("DescribeTable", table)(error)),
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
    let build = request_error("building the table");
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
        create.send().await.map_err(failed("CreateTable", table))?;
    }
    wait_table_active(clients, table).await?;
    let deployed = read_table(clients, table)
        .await?
        .ok_or_else(|| DeployError::NotReady {
            resource: table.to_owned(),
            waited: READY_TIMEOUT,
        })?;
    if existing.is_some() {
        if deployed.kms_key_arn.as_deref() != kms_key_arn {
            clients
                .dynamodb
                .update_table()
                .table_name(table)
                .sse_specification(sse(kms_key_arn))
                .send()
                .await
                .map_err(failed("UpdateTable", table))?;
        }
        clients
            .dynamodb
            .tag_resource()
            .resource_arn(&deployed.arn)
            .set_tags(Some(tag_list))
            .send()
            .await
            .map_err(failed("TagResource", table))?;
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
            .map_err(failed("UpdateTimeToLive", table))?;
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
        .map_err(failed("DescribeTimeToLive", table))?;
    Ok(described.time_to_live_description.is_some_and(|ttl| {
        ttl.attribute_name.as_deref() == Some(tables::master::TTL_ATTRIBUTE)
            && matches!(
                ttl.time_to_live_status,
                Some(TimeToLiveStatus::Enabled | TimeToLiveStatus::Enabling)
            )
    }))
}
