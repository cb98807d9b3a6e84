//! Per-log-group checkpoints in a DynamoDB table of the agent account (hash key `log_group`,
//! string). Conditional writes make a checkpoint move only from the value this run read, so
//! two overlapping runs can never both advance it.

use std::collections::HashMap;

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, KeysAndAttributes};
use awsmon_domain::timestamp::Timestamp;
use awsmon_domain::window::Checkpoint;

use crate::error::{AwsError, StoreError};
use crate::ports::CheckpointStore;

const KEY: &str = "log_group";
const COVERED_UNTIL: &str = "covered_until";
const PENDING_END: &str = "pending_end";
/// BatchGetItem reads at most 100 keys a call.
const BATCH_GET_KEYS: usize = 100;

#[derive(Debug, Clone)]
pub struct DynamoCheckpoints {
    client: Client,
    table: String,
}

impl DynamoCheckpoints {
    pub fn new(client: Client, table: &str) -> Self {
        Self {
            client,
            table: table.to_owned(),
        }
    }
}

/// Create the checkpoint table (what the provider does in production, with this key).
pub async fn create_table(client: &Client, name: &str) -> Result<(), AwsError> {
    use aws_sdk_dynamodb::types::{
        AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType,
    };
    let key = KeySchemaElement::builder()
        .attribute_name(KEY)
        .key_type(KeyType::Hash)
        .build()
        .expect("name and type are set");
    let attribute = AttributeDefinition::builder()
        .attribute_name(KEY)
        .attribute_type(ScalarAttributeType::S)
        .build()
        .expect("name and type are set");
    client
        .create_table()
        .table_name(name)
        .billing_mode(BillingMode::PayPerRequest)
        .key_schema(key)
        .attribute_definitions(attribute)
        .send()
        .await
        .map_err(|e| AwsError::from_sdk("CreateTable", e))?;
    Ok(())
}

fn number(item: &HashMap<String, AttributeValue>, name: &str) -> Option<i64> {
    item.get(name)?.as_n().ok()?.parse().ok()
}

fn decode(item: &HashMap<String, AttributeValue>) -> Option<(String, Checkpoint)> {
    let group = item.get(KEY)?.as_s().ok()?.clone();
    let checkpoint = Checkpoint {
        covered_until: Timestamp::from_millis(number(item, COVERED_UNTIL)?),
        pending_end: number(item, PENDING_END).map(Timestamp::from_millis),
    };
    Some((group, checkpoint))
}

impl CheckpointStore for DynamoCheckpoints {
    async fn load(&self, log_groups: &[String]) -> Result<HashMap<String, Checkpoint>, AwsError> {
        let mut found = HashMap::new();
        for part in log_groups.chunks(BATCH_GET_KEYS) {
            let keys = part
                .iter()
                .map(|g| HashMap::from([(KEY.to_owned(), AttributeValue::S(g.clone()))]))
                .collect();
            let mut request = Some(
                KeysAndAttributes::builder()
                    .set_keys(Some(keys))
                    .consistent_read(true)
                    .build()
                    .map_err(|e| AwsError::Service {
                        operation: "BatchGetItem",
                        code: "BuildError".into(),
                        message: e.to_string(),
                    })?,
            );
            while let Some(keys) = request.take() {
                let output = self
                    .client
                    .batch_get_item()
                    .request_items(&self.table, keys)
                    .send()
                    .await
                    .map_err(|e| AwsError::from_sdk("BatchGetItem", e))?;
                for item in output
                    .responses
                    .unwrap_or_default()
                    .remove(&self.table)
                    .unwrap_or_default()
                {
                    if let Some((group, checkpoint)) = decode(&item) {
                        found.insert(group, checkpoint);
                    }
                }
                request = output
                    .unprocessed_keys
                    .unwrap_or_default()
                    .remove(&self.table)
                    .filter(|k| !k.keys.is_empty());
            }
        }
        Ok(found)
    }

    async fn save(
        &self,
        log_group: &str,
        expected: Option<Checkpoint>,
        next: Checkpoint,
    ) -> Result<(), StoreError> {
        let mut request = self
            .client
            .put_item()
            .table_name(&self.table)
            .item(KEY, AttributeValue::S(log_group.to_owned()))
            .item(
                COVERED_UNTIL,
                AttributeValue::N(next.covered_until.millis().to_string()),
            );
        if let Some(end) = next.pending_end {
            request = request.item(PENDING_END, AttributeValue::N(end.millis().to_string()));
        }
        request = match expected {
            None => request.condition_expression("attribute_not_exists(#k)"),
            Some(old) => {
                let request = request.expression_attribute_values(
                    ":cu",
                    AttributeValue::N(old.covered_until.millis().to_string()),
                );
                match old.pending_end {
                    Some(end) => request
                        .condition_expression("#k = :k AND #cu = :cu AND #pe = :pe")
                        .expression_attribute_names("#cu", COVERED_UNTIL)
                        .expression_attribute_names("#pe", PENDING_END)
                        .expression_attribute_values(":pe", AttributeValue::N(end.millis().to_string())),
                    None => request
                        .condition_expression("#k = :k AND #cu = :cu AND attribute_not_exists(#pe)")
                        .expression_attribute_names("#cu", COVERED_UNTIL)
                        .expression_attribute_names("#pe", PENDING_END),
                }
                .expression_attribute_values(":k", AttributeValue::S(log_group.to_owned()))
            }
        };
        match request.expression_attribute_names("#k", KEY).send().await {
            Ok(_) => Ok(()),
            Err(e) => {
                let error = AwsError::from_sdk("PutItem", e);
                if error.code() == Some("ConditionalCheckFailedException") {
                    Err(StoreError::Conflict {
                        log_group: log_group.to_owned(),
                    })
                } else {
                    Err(error.into())
                }
            }
        }
    }
}
