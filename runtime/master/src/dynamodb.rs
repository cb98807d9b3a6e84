//! The DynamoDB adapter: one table, single-table design (`docs/storage.md`).
//!
//! Every read is a `GetItem` or a `Query`; expired items (TTL deletion lags up to two days) are
//! filtered on read. Idempotency comes from conditional writes: an event, its issue update and
//! the notifications it causes are one `TransactWriteItems`, so a redelivered event changes
//! nothing and a crash leaves either all of it or none.

use std::collections::HashMap;

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::error::ProvideErrorMetadata;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, AttributeValue, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType,
    Projection, ProjectionType, Put, ScalarAttributeType, TimeToLiveSpecification, TransactWriteItem,
};
use awsmon_contract::tables;
use awsmon_domain::agent_registry::Agent;
use awsmon_domain::issue::{Issue, SlackMessage};
use awsmon_domain::monitoring_event::{EventType, MonitoringEvent};
use awsmon_domain::notification::{Notification, Silence};
use awsmon_domain::report::{EventRow, Report, ReportKind};
use awsmon_domain::{AccountId, EventId, Fingerprint, Severity, Timestamp};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::MasterError;
use crate::ports::{
    AgentRegistry, ApiStore, EventStore, Index, OutboxStore, PartitionPage, PartitionQuery, Recorded,
    ReplayGuard, ReportStore,
};

// The table's attribute names are the contract's: the provider creates the table from it.
pub const PK: &str = tables::master::PK;
pub const SK: &str = tables::master::SK;
pub const GSI1: &str = tables::master::GSI1.name;
pub const GSI1_PK: &str = tables::master::GSI1.partition_key;
pub const GSI1_SK: &str = tables::master::GSI1.sort_key;
pub const GSI2: &str = tables::master::GSI2.name;
pub const GSI2_PK: &str = tables::master::GSI2.partition_key;
pub const GSI2_SK: &str = tables::master::GSI2.sort_key;
/// The TTL attribute: epoch seconds.
pub const TTL_ATTRIBUTE: &str = tables::master::TTL_ATTRIBUTE;
/// Events and issues of a day spread over this many partitions (one hex digit).
pub const SHARDS: usize = 16;
/// Sent notifications are kept this long, for the record.
const SENT_RETENTION_SECS: i64 = 24 * 3600;

/// A request that creates the table as the contract describes it (tests and the bench; the
/// provider makes the production table from the same description).
pub fn table_definition(
    client: &Client,
    name: &str,
) -> aws_sdk_dynamodb::operation::create_table::builders::CreateTableFluentBuilder {
    let table = tables::master::TABLE;
    let key = |attribute: &str, kind: KeyType| {
        KeySchemaElement::builder()
            .attribute_name(attribute)
            .key_type(kind)
            .build()
            .expect("name and type are set")
    };
    let mut create = client
        .create_table()
        .table_name(name)
        .billing_mode(BillingMode::PayPerRequest)
        .key_schema(key(table.partition_key, KeyType::Hash));
    if let Some(sort_key) = table.sort_key {
        create = create.key_schema(key(sort_key, KeyType::Range));
    }
    for attribute in table.key_attributes() {
        create = create.attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name(attribute)
                .attribute_type(ScalarAttributeType::S)
                .build()
                .expect("name and type are set"),
        );
    }
    for index in table.indexes {
        create = create.global_secondary_indexes(
            GlobalSecondaryIndex::builder()
                .index_name(index.name)
                .key_schema(key(index.partition_key, KeyType::Hash))
                .key_schema(key(index.sort_key, KeyType::Range))
                .projection(Projection::builder().projection_type(ProjectionType::All).build())
                .build()
                .expect("name, keys and projection are set"),
        );
    }
    create
}

/// Create the table and turn TTL on (what the provider does in production).
pub async fn create_table(client: &Client, name: &str) -> Result<(), MasterError> {
    table_definition(client, name)
        .send()
        .await
        .map_err(|e| MasterError::aws("DynamoDB", "CreateTable", e))?;
    client
        .update_time_to_live()
        .table_name(name)
        .time_to_live_specification(
            TimeToLiveSpecification::builder()
                .enabled(true)
                .attribute_name(TTL_ATTRIBUTE)
                .build()
                .expect("enabled and attribute are set"),
        )
        .send()
        .await
        .map_err(|e| MasterError::aws("DynamoDB", "UpdateTimeToLive", e))?;
    Ok(())
}

/// The partition (one hex digit) an id falls in.
pub fn shard(id: &str) -> char {
    Fingerprint::of(&[id]).as_str().chars().next().unwrap_or('0')
}

/// `YYYY-MM-DD` of an instant (UTC).
pub fn day(t: Timestamp) -> String {
    let mut date = t.to_rfc3339();
    date.truncate(10);
    date
}

/// Sort keys by time: zero-padded milliseconds sort as strings.
pub fn time_key(t: Timestamp) -> String {
    format!("{:013}", t.millis().max(0))
}

pub fn event_key(id: &str) -> (String, String) {
    (format!("EVENT#{id}"), "EVENT".into())
}

pub fn issue_key(id: &Fingerprint) -> (String, String) {
    (format!("ISSUE#{id}"), "ISSUE".into())
}

fn outbox_key(webhook: &str, id: &str) -> (String, String) {
    (format!("OUTBOX#{webhook}"), format!("NTF#{id}"))
}

fn webhook_key(webhook: &str) -> (String, String) {
    (format!("WEBHOOK#{webhook}"), "STATE".into())
}

fn agent_key(agent_id: &str) -> (String, String) {
    (format!("AGENT#{agent_id}"), "AGENT".into())
}

const SILENCES_PK: &str = "SILENCES";
/// All agents share one index partition: a few thousand small items at most.
const AGENTS_GSI_PK: &str = "AGENTS";

/// Attributes of an event's item, `issue_id` included: the item is sized once.
const EVENT_ATTRIBUTES: usize = 14;
/// An event's `title` attribute is cut to this many characters.
const MAX_TITLE_CHARS: usize = 300;

fn s(v: impl Into<String>) -> AttributeValue {
    AttributeValue::S(v.into())
}

fn n(v: impl ToString) -> AttributeValue {
    AttributeValue::N(v.to_string())
}

type Item = HashMap<String, AttributeValue>;

fn keyed((pk, sk): (String, String)) -> Item {
    HashMap::from([(PK.to_owned(), s(pk)), (SK.to_owned(), s(sk))])
}

fn with_body<T: Serialize>(mut item: Item, body: &T) -> Item {
    item.insert("body".into(), s(serde_json::to_string(body).unwrap_or_default()));
    item
}

fn body_of<T: DeserializeOwned>(item: &Item) -> Result<T, MasterError> {
    let key = item
        .get(PK)
        .and_then(|v| v.as_s().ok())
        .cloned()
        .unwrap_or_default();
    let raw = item
        .get("body")
        .and_then(|v| v.as_s().ok())
        .ok_or_else(|| MasterError::Corrupt {
            key: key.clone(),
            reason: "no body".into(),
        })?;
    serde_json::from_str(raw).map_err(|e| MasterError::Corrupt {
        key,
        reason: e.to_string(),
    })
}

fn number(item: &Item, name: &str) -> Option<i64> {
    item.get(name)
        .and_then(|v| v.as_n().ok())
        .and_then(|v| v.parse().ok())
}

/// TTL deletion lags: an item past its expiry is treated as gone.
fn live(item: &Item, now: Timestamp) -> bool {
    number(item, TTL_ATTRIBUTE).is_none_or(|at| at > now.secs())
}

#[derive(Debug, Clone)]
pub struct DynamoStore {
    client: Client,
    table: String,
    retention_secs: i64,
    /// Items a report query asks for at once; every page is read.
    page_size: i32,
}

impl DynamoStore {
    pub fn new(client: Client, table: impl Into<String>, retention_days: u32) -> Self {
        Self {
            client,
            table: table.into(),
            retention_secs: i64::from(retention_days) * 86_400,
            page_size: 1_000,
        }
    }

    /// One page of a period's events in one partition; problems only, unexpired at `now`.
    fn period_query(
        &self,
        partition: &str,
        start: Timestamp,
        end: Timestamp,
        now: Timestamp,
    ) -> aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder {
        self.client
            .query()
            .table_name(&self.table)
            .index_name(GSI1)
            .key_condition_expression("#pk = :pk AND #sk BETWEEN :from AND :to")
            // TTL deletion lags: expired items are filtered here; agent heartbeats and
            // deployments are not problems a report counts.
            .filter_expression("expires_at > :now AND NOT event_type IN (:heartbeat, :deployment)")
            .expression_attribute_names("#pk", GSI1_PK)
            .expression_attribute_names("#sk", GSI1_SK)
            .expression_attribute_values(":pk", s(partition))
            .expression_attribute_values(":from", s(time_key(start)))
            // `~` sorts after every character of an event id: the last millisecond before
            // `end` is included whatever the id.
            .expression_attribute_values(":to", s(format!("{}~", time_key(end.plus_millis(-1)))))
            .expression_attribute_values(":now", n(now.secs()))
            .expression_attribute_values(":heartbeat", s(EventType::Heartbeat.as_str()))
            .expression_attribute_values(":deployment", s(EventType::Deployment.as_str()))
            .limit(self.page_size)
    }

    /// A smaller page size, to prove in tests that every page is read.
    pub fn with_page_size(mut self, page_size: i32) -> Self {
        self.page_size = page_size;
        self
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    fn put(
        &self,
        item: Item,
        condition: &str,
        values: Option<Item>,
    ) -> Result<TransactWriteItem, MasterError> {
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression(condition)
            .set_expression_attribute_values(values)
            .build()
            .map_err(|e| MasterError::Request {
                what: "building a Put",
                reason: e.to_string(),
            })?;
        Ok(TransactWriteItem::builder().put(put).build())
    }

    /// The item an event is stored as (public for bulk loading in tests and tools).
    pub fn event_item(&self, event: &MonitoringEvent, issue: Option<&Fingerprint>) -> Item {
        let id = event.id.as_str();
        let mut item = with_body(keyed(event_key(id)), event);
        item.reserve(EVENT_ATTRIBUTES - item.len());
        let mut sort = time_key(event.time);
        sort.push('#');
        sort.push_str(id);
        let today = day(event.time);
        item.insert(GSI1_PK.into(), s(day_partition(&today, shard(id))));
        item.insert(GSI1_SK.into(), s(sort.clone()));
        item.insert(
            GSI2_PK.into(),
            s(account_day_partition(event.account_id.as_str(), &today)),
        );
        item.insert(GSI2_SK.into(), s(sort));
        item.insert("account_id".into(), s(event.account_id.as_str()));
        item.insert("event_type".into(), s(event.event_type.as_str()));
        item.insert("severity".into(), s(event.severity.as_str()));
        item.insert("occurrences".into(), n(event.count));
        let title = event
            .title
            .char_indices()
            .nth(MAX_TITLE_CHARS)
            .map_or(event.title.as_str(), |(end, _)| &event.title[..end]);
        item.insert("title".into(), s(title));
        if let Some(issue) = issue {
            item.insert("issue_id".into(), s(issue.as_str()));
        }
        item.insert(TTL_ATTRIBUTE.into(), n(event.time.secs() + self.retention_secs));
        item
    }

    fn issue_item(&self, issue: &Issue) -> Item {
        let mut stored = issue.clone();
        stored.version += 1;
        let mut item = with_body(keyed(issue_key(&issue.id)), &stored);
        item.insert(GSI1_PK.into(), s(issues_partition(shard(issue.id.as_str()))));
        item.insert(
            GSI1_SK.into(),
            s(format!("{}#{}", time_key(issue.last_seen), issue.id)),
        );
        item.insert("status".into(), s(issue.status.as_str()));
        // Kept as attributes so that the API's issue listing can filter on them while it reads.
        item.insert("account_id".into(), s(issue.account_id.as_str()));
        item.insert("severity".into(), s(issue.severity.as_str()));
        item.insert("version".into(), n(stored.version));
        item.insert(
            TTL_ATTRIBUTE.into(),
            n(issue.last_seen.secs() + self.retention_secs),
        );
        item
    }

    fn outbox_item(notification: &Notification) -> Item {
        let mut item = with_body(
            keyed(outbox_key(&notification.webhook, notification.id.as_str())),
            notification,
        );
        item.insert("status".into(), s("pending"));
        item.insert("due_at".into(), n(notification.due_at.millis()));
        item.insert("attempts".into(), n(0));
        item
    }

    pub async fn get_event(&self, id: &str, now: Timestamp) -> Result<Option<MonitoringEvent>, MasterError> {
        match self.get(event_key(id)).await? {
            Some(item) if live(&item, now) => body_of(&item).map(Some),
            _ => Ok(None),
        }
    }

    async fn get(&self, key: (String, String)) -> Result<Option<Item>, MasterError> {
        let answer = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(keyed(key)))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| MasterError::aws("DynamoDB", "GetItem", e))?;
        Ok(answer.item)
    }

    /// Every item of a partition, consistent, paginated to the end.
    /// Put `item` unless its key exists: `Ok(false)` when it does.
    async fn put_new(&self, item: Item) -> Result<bool, MasterError> {
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(e) if is_conditional_failure(&e) => Ok(false),
            Err(e) => Err(MasterError::aws("DynamoDB", "PutItem", e)),
        }
    }

    async fn query_partition(&self, pk: &str) -> Result<Vec<Item>, MasterError> {
        let mut items = Vec::new();
        let mut start = None;
        loop {
            let page = self
                .client
                .query()
                .table_name(&self.table)
                .key_condition_expression("#pk = :pk")
                .expression_attribute_names("#pk", PK)
                .expression_attribute_values(":pk", s(pk))
                .consistent_read(true)
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| MasterError::aws("DynamoDB", "Query", e))?;
            items.extend(page.items.unwrap_or_default());
            start = page.last_evaluated_key;
            if start.is_none() {
                return Ok(items);
            }
        }
    }

    /// Every outbox item of a webhook, sent or not, with its attempt count (for operators and
    /// tests).
    pub async fn outbox(&self, webhook: &str) -> Result<Vec<(Notification, String, i64)>, MasterError> {
        let items = self.query_partition(&format!("OUTBOX#{webhook}")).await?;
        items
            .iter()
            .map(|item| {
                let status = item
                    .get("status")
                    .and_then(|v| v.as_s().ok())
                    .cloned()
                    .unwrap_or_default();
                Ok((body_of(item)?, status, number(item, "attempts").unwrap_or(0)))
            })
            .collect()
    }
}

/// The `gsi1` partitions holding the events of `[start, end)`: 16 shards of every UTC day.
fn day_partitions(start: Timestamp, end: Timestamp) -> Vec<String> {
    let mut partitions = Vec::new();
    let mut day_start = Timestamp::from_millis(start.millis().div_euclid(86_400_000) * 86_400_000);
    while day_start < end {
        partitions.extend(
            "0123456789abcdef"
                .chars()
                .map(|shard| day_partition(&day(day_start), shard)),
        );
        day_start = day_start.plus_millis(86_400_000);
    }
    partitions
}

/// The `gsi1` partition of the events of UTC day `day` (`YYYY-MM-DD`) in `shard`.
pub fn day_partition(day: &str, shard: char) -> String {
    format!("DAY#{day}#{shard}")
}

/// The `gsi1` partition of the issues in `shard`, newest first by last seen.
pub fn issues_partition(shard: char) -> String {
    format!("ISSUES#{shard}")
}

/// The `gsi2` partition of one account's events of UTC day `day`.
pub fn account_day_partition(account: &str, day: &str) -> String {
    format!("ACCOUNT#{account}#{day}")
}

fn report_key(kind: ReportKind, date: &str) -> (String, String) {
    (format!("REPORT#{}#{date}", kind.as_str()), "REPORT".into())
}

impl ReportStore for DynamoStore {
    async fn events_between(
        &self,
        start: Timestamp,
        end: Timestamp,
        now: Timestamp,
    ) -> Result<Vec<EventRow>, MasterError> {
        let mut rows = Vec::new();
        for partition in day_partitions(start, end) {
            let mut page_start = None;
            loop {
                let page = self
                    .period_query(&partition, start, end, now)
                    // Only what a report reads: not the body, the bulk of an item.
                    .projection_expression(
                        "account_id, severity, event_type, issue_id, title, occurrences, expires_at",
                    )
                    .set_exclusive_start_key(page_start)
                    .send()
                    .await
                    .map_err(|e| MasterError::aws("DynamoDB", "Query", e))?;
                rows.extend(page.items().iter().filter_map(event_row));
                page_start = page.last_evaluated_key;
                if page_start.is_none() {
                    break;
                }
            }
        }
        Ok(rows)
    }

    async fn count_between(
        &self,
        start: Timestamp,
        end: Timestamp,
        now: Timestamp,
    ) -> Result<u64, MasterError> {
        let mut count = 0;
        for partition in day_partitions(start, end) {
            let mut page_start = None;
            loop {
                let page = self
                    .period_query(&partition, start, end, now)
                    .select(aws_sdk_dynamodb::types::Select::Count)
                    .set_exclusive_start_key(page_start)
                    .send()
                    .await
                    .map_err(|e| MasterError::aws("DynamoDB", "Query", e))?;
                count += u64::try_from(page.count).unwrap_or(0);
                page_start = page.last_evaluated_key;
                if page_start.is_none() {
                    break;
                }
            }
        }
        Ok(count)
    }

    async fn first_seen(
        &self,
        issues: &[Fingerprint],
    ) -> Result<HashMap<Fingerprint, Timestamp>, MasterError> {
        let mut seen = HashMap::new();
        for chunk in issues.chunks(100) {
            let mut keys: Vec<Item> = chunk.iter().map(|id| keyed(issue_key(id))).collect();
            // BatchGetItem may leave keys unprocessed under load: ask again until none are left.
            while !keys.is_empty() {
                let request = aws_sdk_dynamodb::types::KeysAndAttributes::builder()
                    .set_keys(Some(std::mem::take(&mut keys)))
                    .build()
                    .map_err(|e| MasterError::Request {
                        what: "building BatchGetItem keys",
                        reason: e.to_string(),
                    })?;
                let answer = self
                    .client
                    .batch_get_item()
                    .request_items(&self.table, request)
                    .send()
                    .await
                    .map_err(|e| MasterError::aws("DynamoDB", "BatchGetItem", e))?;
                for item in answer
                    .responses
                    .unwrap_or_default()
                    .remove(&self.table)
                    .unwrap_or_default()
                {
                    let issue: Issue = body_of(&item)?;
                    seen.insert(issue.id, issue.first_seen);
                }
                keys = answer
                    .unprocessed_keys
                    .and_then(|mut u| u.remove(&self.table))
                    .map(|k| k.keys)
                    .unwrap_or_default();
            }
        }
        Ok(seen)
    }

    async fn save_report(&self, report: &Report) -> Result<(), MasterError> {
        let mut item = with_body(keyed(report_key(report.kind, &day(report.start))), report);
        item.insert(TTL_ATTRIBUTE.into(), n(report.end.secs() + self.retention_secs));
        self.client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .send()
            .await
            .map_err(|e| MasterError::aws("DynamoDB", "PutItem", e))?;
        Ok(())
    }

    async fn get_report(&self, kind: ReportKind, date: &str) -> Result<Option<Report>, MasterError> {
        match self.get(report_key(kind, date)).await? {
            Some(item) => body_of(&item).map(Some),
            None => Ok(None),
        }
    }
}

/// A report row from an event item's attributes, without parsing its body.
fn event_row(item: &Item) -> Option<EventRow> {
    let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok());
    Some(EventRow {
        account_id: AccountId::parse(text("account_id")?).ok()?,
        severity: text("severity")?.parse::<Severity>().ok()?,
        event_type: EventType::parse(text("event_type")?)?,
        issue_id: text("issue_id").and_then(|id| Fingerprint::parse(id).ok()),
        title: text("title").cloned().unwrap_or_default(),
        count: number(item, "occurrences")
            .and_then(|c| u64::try_from(c).ok())
            .unwrap_or(1),
    })
}

impl EventStore for DynamoStore {
    async fn get_issue(&self, id: &Fingerprint) -> Result<Option<Issue>, MasterError> {
        match self.get(issue_key(id)).await? {
            Some(item) => body_of(&item).map(Some),
            None => Ok(None),
        }
    }

    async fn record(
        &self,
        event: &MonitoringEvent,
        issue: Option<&Issue>,
        notifications: &[Notification],
    ) -> Result<Recorded, MasterError> {
        let mut writes = vec![self.put(
            self.event_item(event, issue.map(|i| &i.id)),
            "attribute_not_exists(pk)",
            None,
        )?];
        if let Some(issue) = issue {
            writes.push(if issue.version == 0 {
                self.put(self.issue_item(issue), "attribute_not_exists(pk)", None)?
            } else {
                let expected = HashMap::from([(":v".to_owned(), n(issue.version))]);
                self.put(self.issue_item(issue), "version = :v", Some(expected))?
            });
        }
        for notification in notifications {
            writes.push(self.put(Self::outbox_item(notification), "attribute_not_exists(pk)", None)?);
        }
        let result = self
            .client
            .transact_write_items()
            .set_transact_items(Some(writes))
            .send()
            .await;
        match result {
            Ok(_) => Ok(Recorded::Stored),
            Err(error) => {
                let reasons: Vec<Option<String>> = match error.as_service_error() {
                    Some(TransactWriteItemsError::TransactionCanceledException(e)) => e
                        .cancellation_reasons()
                        .iter()
                        .map(|r| r.code().map(str::to_owned))
                        .collect(),
                    _ => return Err(MasterError::aws("DynamoDB", "TransactWriteItems", error)),
                };
                let failed =
                    |i: usize| reasons.get(i).and_then(Option::as_deref) == Some("ConditionalCheckFailed");
                if failed(0) {
                    Ok(Recorded::Duplicate)
                } else if issue.is_some() && failed(1) {
                    Ok(Recorded::Conflict)
                } else if reasons.is_empty() && self.get(event_key(event.id.as_str())).await?.is_some() {
                    // Without reasons the only safe reading is by looking.
                    Ok(Recorded::Duplicate)
                } else if reasons.is_empty() {
                    Ok(Recorded::Conflict)
                } else {
                    Err(MasterError::aws("DynamoDB", "TransactWriteItems", error))
                }
            }
        }
    }

    async fn silences(&self, now: Timestamp) -> Result<Vec<Silence>, MasterError> {
        let items = self.query_partition(SILENCES_PK).await?;
        items.iter().filter(|item| live(item, now)).map(body_of).collect()
    }
}

impl OutboxStore for DynamoStore {
    async fn acquire(
        &self,
        webhook: &str,
        owner: &str,
        now: Timestamp,
        lease_ms: i64,
    ) -> Result<bool, MasterError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(keyed(webhook_key(webhook))))
            .update_expression("SET lease_until = :until, lease_owner = :owner")
            .condition_expression(
                "(attribute_not_exists(lease_until) OR lease_until < :now) \
                 AND (attribute_not_exists(next_send_at) OR next_send_at <= :now)",
            )
            .expression_attribute_values(":until", n(now.millis() + lease_ms))
            .expression_attribute_values(":owner", s(owner))
            .expression_attribute_values(":now", n(now.millis()))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|e| e.is_conditional_check_failed_exception()) =>
            {
                Ok(false)
            }
            Err(e) => Err(MasterError::aws("DynamoDB", "UpdateItem", e)),
        }
    }

    async fn release(&self, webhook: &str, owner: &str, next_send_at: Timestamp) -> Result<(), MasterError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(keyed(webhook_key(webhook))))
            .update_expression("SET lease_until = :zero, next_send_at = :next")
            .condition_expression("lease_owner = :owner")
            .expression_attribute_values(":zero", n(0))
            .expression_attribute_values(":next", n(next_send_at.millis()))
            .expression_attribute_values(":owner", s(owner))
            .send()
            .await;
        match result {
            // Our lease ran out and someone else holds the webhook now: theirs to release.
            Err(e)
                if e.as_service_error()
                    .is_some_and(|e| e.is_conditional_check_failed_exception()) =>
            {
                Ok(())
            }
            Err(e) => Err(MasterError::aws("DynamoDB", "UpdateItem", e)),
            Ok(_) => Ok(()),
        }
    }

    async fn due(
        &self,
        webhook: &str,
        now: Timestamp,
        limit: usize,
    ) -> Result<Vec<(Notification, i64)>, MasterError> {
        let mut due: Vec<(Notification, i64)> = Vec::new();
        let mut start = None;
        loop {
            let page = self
                .client
                .query()
                .table_name(&self.table)
                .key_condition_expression("#pk = :pk")
                .filter_expression("#status = :pending AND due_at <= :now")
                .expression_attribute_names("#pk", PK)
                .expression_attribute_names("#status", "status")
                .expression_attribute_values(":pk", s(format!("OUTBOX#{webhook}")))
                .expression_attribute_values(":pending", s("pending"))
                .expression_attribute_values(":now", n(now.millis()))
                .consistent_read(true)
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| MasterError::aws("DynamoDB", "Query", e))?;
            for item in page.items.unwrap_or_default() {
                due.push((body_of(&item)?, number(&item, "attempts").unwrap_or(0)));
            }
            start = page.last_evaluated_key;
            if start.is_none() || due.len() >= limit {
                break;
            }
        }
        due.sort_by_key(|(n, _)| (n.due_at, n.id.clone()));
        due.truncate(limit);
        Ok(due)
    }

    async fn drop_expired(&self, notification: &Notification, now: Timestamp) -> Result<(), MasterError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(keyed(outbox_key(
                &notification.webhook,
                notification.id.as_str(),
            ))))
            .update_expression("SET #status = :dropped, dropped_at = :now, expires_at = :expires")
            .condition_expression("#status = :pending")
            .expression_attribute_names("#status", "status")
            .expression_attribute_values(":dropped", s("dropped"))
            .expression_attribute_values(":pending", s("pending"))
            .expression_attribute_values(":now", n(now.millis()))
            .expression_attribute_values(":expires", n(now.secs() + SENT_RETENTION_SECS))
            .send()
            .await;
        match result {
            // Sent or dropped by another sender meanwhile.
            Err(e) if is_conditional_failure(&e) => Ok(()),
            Err(e) => Err(MasterError::aws("DynamoDB", "UpdateItem", e)),
            Ok(_) => Ok(()),
        }
    }

    async fn mark_sent(&self, notification: &Notification, now: Timestamp) -> Result<(), MasterError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(keyed(outbox_key(
                &notification.webhook,
                notification.id.as_str(),
            ))))
            .update_expression("SET #status = :sent, sent_at = :now, expires_at = :expires")
            .expression_attribute_names("#status", "status")
            .expression_attribute_values(":sent", s("sent"))
            .expression_attribute_values(":now", n(now.millis()))
            .expression_attribute_values(":expires", n(now.secs() + SENT_RETENTION_SECS))
            .send()
            .await
            .map_err(|e| MasterError::aws("DynamoDB", "UpdateItem", e))?;
        Ok(())
    }

    async fn postpone(
        &self,
        notification: &Notification,
        attempts: i64,
        due_at: Timestamp,
        reason: &str,
    ) -> Result<(), MasterError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(keyed(outbox_key(
                &notification.webhook,
                notification.id.as_str(),
            ))))
            .update_expression("SET attempts = :attempts, due_at = :due, last_error = :reason")
            .condition_expression("#status = :pending")
            .expression_attribute_names("#status", "status")
            .expression_attribute_values(":attempts", n(attempts))
            .expression_attribute_values(":due", n(due_at.millis()))
            .expression_attribute_values(":reason", s(reason))
            .expression_attribute_values(":pending", s("pending"))
            .send()
            .await
            .map_err(|e| MasterError::aws("DynamoDB", "UpdateItem", e))?;
        Ok(())
    }

    async fn issue(&self, id: &Fingerprint) -> Result<Option<Issue>, MasterError> {
        EventStore::get_issue(self, id).await
    }

    async fn save_slack_message(&self, id: &Fingerprint, message: &SlackMessage) -> Result<(), MasterError> {
        for _ in 0..SAVE_ATTEMPTS {
            let Some(mut issue) = EventStore::get_issue(self, id).await? else {
                // Expired meanwhile: nothing left to edit later.
                return Ok(());
            };
            issue.set_slack_message(message.clone());
            if ApiStore::update_issue(self, &issue, &[]).await? {
                return Ok(());
            }
        }
        Err(MasterError::Corrupt {
            key: format!("ISSUE#{id}"),
            reason: format!(
                "the issue kept changing while its Slack message was saved ({SAVE_ATTEMPTS} tries)"
            ),
        })
    }
}

impl ReplayGuard for DynamoStore {
    async fn first_use(&self, key: &str, expires_at: Timestamp) -> Result<bool, MasterError> {
        let mut item = keyed((key.to_owned(), "SEEN".into()));
        item.insert(TTL_ATTRIBUTE.into(), n(expires_at.secs()));
        self.put_new(item).await
    }
}

/// Tries of a read-change-write of an issue that ingest keeps changing meanwhile.
const SAVE_ATTEMPTS: usize = 5;

impl AgentRegistry for DynamoStore {
    async fn get_agent(&self, agent_id: &str) -> Result<Option<Agent>, MasterError> {
        match self.get(agent_key(agent_id)).await? {
            Some(item) => body_of(&item).map(Some),
            None => Ok(None),
        }
    }

    async fn save_agent(&self, agent: &Agent) -> Result<bool, MasterError> {
        let mut item = with_body(keyed(agent_key(&agent.agent_id)), agent);
        item.insert(GSI1_PK.into(), s(AGENTS_GSI_PK));
        item.insert(GSI1_SK.into(), s(&agent.agent_id));
        item.insert("updated_at".into(), n(agent.updated_at.millis()));
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk) OR updated_at < :at")
            .expression_attribute_values(":at", n(agent.updated_at.millis()))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|e| e.is_conditional_check_failed_exception()) =>
            {
                Ok(false)
            }
            Err(e) => Err(MasterError::aws("DynamoDB", "PutItem", e)),
        }
    }

    async fn agents(&self) -> Result<Vec<Agent>, MasterError> {
        let mut agents = Vec::new();
        let mut start = None;
        loop {
            let page = self
                .client
                .query()
                .table_name(&self.table)
                .index_name(GSI1)
                .key_condition_expression("#pk = :pk")
                .expression_attribute_names("#pk", GSI1_PK)
                .expression_attribute_values(":pk", s(AGENTS_GSI_PK))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| MasterError::aws("DynamoDB", "Query", e))?;
            for item in page.items() {
                agents.push(body_of(item)?);
            }
            start = page.last_evaluated_key;
            if start.is_none() {
                return Ok(agents);
            }
        }
    }
}

fn silence_key(id: &str) -> (String, String) {
    (SILENCES_PK.into(), format!("SILENCE#{id}"))
}

fn is_conditional_failure<E: ProvideErrorMetadata, R>(
    error: &aws_sdk_dynamodb::error::SdkError<E, R>,
) -> bool {
    error.as_service_error().and_then(ProvideErrorMetadata::code) == Some("ConditionalCheckFailedException")
}

impl ApiStore for DynamoStore {
    async fn find_event(&self, id: &EventId, now: Timestamp) -> Result<Option<MonitoringEvent>, MasterError> {
        self.get_event(id.as_str(), now).await
    }

    async fn find_issue(&self, id: &Fingerprint, now: Timestamp) -> Result<Option<Issue>, MasterError> {
        match self.get(issue_key(id)).await? {
            Some(item) if live(&item, now) => body_of(&item).map(Some),
            _ => Ok(None),
        }
    }

    async fn partition_page<T: DeserializeOwned + Send>(
        &self,
        query: &PartitionQuery,
        limit: usize,
        now: Timestamp,
    ) -> Result<PartitionPage<T>, MasterError> {
        let (index, pk_name, sk_name) = match query.index {
            Index::Gsi1 => (GSI1, GSI1_PK, GSI1_SK),
            Index::Gsi2 => (GSI2, GSI2_PK, GSI2_SK),
        };
        let key_condition = match (&query.lower, &query.upper) {
            (Some(_), Some(_)) => "#pk = :pk AND #sk BETWEEN :lower AND :upper",
            (None, Some(_)) => "#pk = :pk AND #sk <= :upper",
            (Some(_), None) => "#pk = :pk AND #sk >= :lower",
            (None, None) => "#pk = :pk",
        };
        // TTL deletion lags: expired items are filtered on read like everywhere else.
        let mut filters = vec!["expires_at > :now"];
        let mut values: Item = HashMap::from([
            (":pk".to_owned(), s(&query.partition)),
            (":now".to_owned(), n(now.secs())),
        ]);
        let mut names = HashMap::from([("#pk".to_owned(), pk_name.to_owned())]);
        if query.lower.is_some() || query.upper.is_some() {
            names.insert("#sk".into(), sk_name.into());
        }
        if let Some(lower) = &query.lower {
            values.insert(":lower".into(), s(lower));
        }
        if let Some(upper) = &query.upper {
            values.insert(":upper".into(), s(upper));
        }
        let filter = &query.filter;
        if let Some(account) = &filter.account_id {
            filters.push("account_id = :account");
            values.insert(":account".into(), s(account.as_str()));
        }
        if let Some(severity) = filter.severity {
            filters.push("severity = :severity");
            values.insert(":severity".into(), s(severity.as_str()));
        }
        if let Some(event_type) = filter.event_type {
            filters.push("event_type = :type");
            values.insert(":type".into(), s(event_type.as_str()));
        }
        if let Some(status) = filter.status {
            // `status` is a DynamoDB reserved word.
            filters.push("#status = :status");
            names.insert("#status".into(), "status".into());
            values.insert(":status".into(), s(status.as_str()));
        }
        let filter_expression = filters.join(" AND ");
        let mut items = Vec::new();
        let mut start = None;
        // Reads after the first double in size: a filter that keeps few items then costs a
        // few round trips, not one per page of `limit`.
        let mut widen = 1_usize;
        loop {
            // One more than needed: the item at an exclusive upper bound comes back first.
            let wanted = limit
                .saturating_sub(items.len())
                .saturating_add(1)
                .saturating_mul(widen);
            widen = widen.saturating_mul(2);
            let page = self
                .client
                .query()
                .table_name(&self.table)
                .index_name(index)
                .key_condition_expression(key_condition)
                .filter_expression(&filter_expression)
                .set_expression_attribute_names(Some(names.clone()))
                .set_expression_attribute_values(Some(values.clone()))
                .scan_index_forward(false)
                .limit(i32::try_from(wanted).unwrap_or(i32::MAX).min(self.page_size))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| MasterError::aws("DynamoDB", "Query", e))?;
            for item in page.items() {
                let Some(key) = item.get(sk_name).and_then(|v| v.as_s().ok()) else {
                    continue;
                };
                if query.upper_exclusive && query.upper.as_ref().is_some_and(|upper| key >= upper) {
                    continue;
                }
                items.push((key.clone(), body_of(item)?));
            }
            start = page.last_evaluated_key;
            let Some(last) = &start else {
                return Ok(PartitionPage { items, resume: None });
            };
            if items.len() >= limit {
                let resume = last.get(sk_name).and_then(|v| v.as_s().ok()).cloned();
                return Ok(PartitionPage { items, resume });
            }
        }
    }

    async fn update_issue(&self, issue: &Issue, notifications: &[Notification]) -> Result<bool, MasterError> {
        let expected = HashMap::from([(":v".to_owned(), n(issue.version))]);
        let mut writes = vec![self.put(self.issue_item(issue), "version = :v", Some(expected))?];
        for notification in notifications {
            writes.push(self.put(Self::outbox_item(notification), "attribute_not_exists(pk)", None)?);
        }
        let result = self
            .client
            .transact_write_items()
            .set_transact_items(Some(writes))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            // The issue's version moved (its condition is the first); a notification of this
            // very change stored already would mean the change was made: neither happens
            // without the other, so both read as "changed meanwhile".
            Err(error)
                if matches!(
                    error.as_service_error(),
                    Some(TransactWriteItemsError::TransactionCanceledException(_))
                ) =>
            {
                Ok(false)
            }
            Err(error) => Err(MasterError::aws("DynamoDB", "TransactWriteItems", error)),
        }
    }

    async fn create_silence(&self, silence: &Silence) -> Result<bool, MasterError> {
        let mut item = with_body(keyed(silence_key(&silence.id)), silence);
        item.insert(TTL_ATTRIBUTE.into(), n(silence.expires_at.secs()));
        self.put_new(item).await
    }

    async fn delete_silence(&self, id: &str, now: Timestamp) -> Result<bool, MasterError> {
        // An expired silence not yet removed by TTL counts as absent, as on every read.
        let result = self
            .client
            .delete_item()
            .table_name(&self.table)
            .set_key(Some(keyed(silence_key(id))))
            .condition_expression("attribute_exists(pk) AND expires_at > :now")
            .expression_attribute_values(":now", n(now.secs()))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(e) if is_conditional_failure(&e) => Ok(false),
            Err(e) => Err(MasterError::aws("DynamoDB", "DeleteItem", e)),
        }
    }

    async fn active_silences(&self, now: Timestamp) -> Result<Vec<Silence>, MasterError> {
        self.silences(now).await
    }

    async fn find_agent(&self, agent_id: &str) -> Result<Option<Agent>, MasterError> {
        self.get_agent(agent_id).await
    }

    async fn all_agents(&self) -> Result<Vec<Agent>, MasterError> {
        self.agents().await
    }

    async fn find_report(
        &self,
        kind: ReportKind,
        date: &str,
        now: Timestamp,
    ) -> Result<Option<Report>, MasterError> {
        match self.get(report_key(kind, date)).await? {
            Some(item) if live(&item, now) => body_of(&item).map(Some),
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_keys_sort_as_time_and_days_are_utc() {
        let early = Timestamp::from_millis(999);
        let late = Timestamp::parse("2026-11-24T23:59:59.999Z").unwrap();
        assert!(time_key(early) < time_key(late));
        assert_eq!(day(late), "2026-11-24");
        let shards: std::collections::BTreeSet<char> = (0..200).map(|i| shard(&format!("e-{i}"))).collect();
        assert_eq!(shards.len(), SHARDS);
    }
}
