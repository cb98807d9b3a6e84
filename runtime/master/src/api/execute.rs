//! Run an [`ApiRequest`] against the [`ApiStore`] port.
//!
//! Listings merge several index partitions newest first (the 16 day shards of pattern 4, the
//! one account-day partition of pattern 5, the 16 issue shards of pattern 6). A page asks each
//! partition of the current group (a day, newest first) for as many items as the page still
//! needs, keeps the newest across them, and records per partition the sort key of the last item
//! it took: the next page reads each partition strictly below that key. Sort keys
//! (`<ms>#<id>`) are unique, so pages neither repeat nor skip an item.

use std::collections::{BTreeMap, BTreeSet};

use awsmon_domain::issue::Issue;
use awsmon_domain::notification::{self, Silence};
use awsmon_domain::{Fingerprint, Timestamp};
use futures_util::future::try_join_all;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::cursor::{Cursor, ISSUES_GROUP};
use super::error::ApiError;
use super::request::{ApiRequest, EventQuery, IssueQuery, MAX_RANGE_DAYS, NewSilence};
use crate::dynamodb::{SHARDS, account_day_partition, day, day_partition, issues_partition, time_key};
use crate::error::MasterError;
use crate::ports::{ApiStore, Index, ItemFilter, PartitionQuery};

const DAY_MS: i64 = 86_400_000;
/// Tries of an issue change when ingest keeps changing the issue meanwhile.
const UPDATE_ATTEMPTS: usize = 5;
const SHARD_DIGITS: &str = "0123456789abcdef";
/// The days one event listing reads at most: a range of [`MAX_RANGE_DAYS`] days touches one
/// more when it does not start at midnight. Checked again here, whatever let the range in.
const MAX_GROUPS: usize = MAX_RANGE_DAYS as usize + 1;
/// A page's items serialise to at most this much (one item more when a single one is larger),
/// well inside Lambda's 6 MB response.
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// The document served at `GET /openapi.json`, the same file the docs link to.
pub const OPENAPI: &str = include_str!("../../../../docs/api/openapi.json");

/// What a request produced: a status and a JSON body (none for 204), or the OpenAPI text.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiResponse {
    Json(u16, Value),
    NoContent,
    OpenApi,
}

fn ok<T: Serialize>(status: u16, value: &T) -> Result<ApiResponse, ApiError> {
    let body = serde_json::to_value(value).map_err(|e| MasterError::Request {
        what: "rendering the response",
        reason: e.to_string(),
    })?;
    Ok(ApiResponse::Json(status, body))
}

pub async fn execute<S: ApiStore + Sync>(
    store: &S,
    request: ApiRequest,
    now: Timestamp,
    request_id: &str,
    caller: &str,
) -> Result<ApiResponse, ApiError> {
    match request {
        ApiRequest::ListEvents(query) => Box::pin(list_events(store, &query, now)).await,
        ApiRequest::GetEvent(id) => match store.find_event(&id, now).await? {
            Some(event) => ok(200, &event),
            None => Err(not_found("event", id.as_str())),
        },
        ApiRequest::ListIssues(query) => Box::pin(list_issues(store, &query, now)).await,
        ApiRequest::GetIssue(id) => match store.find_issue(&id, now).await? {
            Some(issue) => ok(200, &issue),
            None => Err(not_found("issue", id.as_str())),
        },
        ApiRequest::AckIssue(id) => change_issue(store, &id, now, caller, Issue::try_acknowledge).await,
        ApiRequest::ResolveIssue(id) => change_issue(store, &id, now, caller, Issue::try_resolve).await,
        ApiRequest::MuteIssue(id, until) => {
            change_issue(store, &id, now, caller, |issue| issue.try_mute(until)).await
        }
        ApiRequest::ListSilences => {
            let mut silences = store.active_silences(now).await?;
            silences.sort_by(|a, b| b.expires_at.cmp(&a.expires_at).then_with(|| a.id.cmp(&b.id)));
            ok(200, &json!({ "items": silences }))
        }
        ApiRequest::CreateSilence(new) => create_silence(store, new, request_id, caller).await,
        ApiRequest::DeleteSilence(id) => {
            if store.delete_silence(id.as_str(), now).await? {
                // The item is gone: the caller who ended it is in the log.
                tracing::info!(silence = id.as_str(), caller, "silence ended");
                Ok(ApiResponse::NoContent)
            } else {
                Err(not_found("silence", id.as_str()))
            }
        }
        // Each agent as it stands now: silent exactly when the reports say so (`Agent::as_of`).
        ApiRequest::ListAgents => {
            let agents: Vec<_> = store.all_agents().await?.iter().map(|a| a.as_of(now)).collect();
            ok(200, &json!({ "items": agents }))
        }
        ApiRequest::GetAgent(id) => match store.find_agent(id.as_str()).await? {
            Some(agent) => ok(200, &agent.as_of(now)),
            None => Err(not_found("agent", id.as_str())),
        },
        ApiRequest::GetReport(kind, date) => match store.find_report(kind, date.as_str(), now).await? {
            Some(report) => ok(200, &report),
            None => Err(not_found(
                "report",
                &format!("{}/{}", kind.as_str(), date.as_str()),
            )),
        },
        ApiRequest::OpenApi => Ok(ApiResponse::OpenApi),
    }
}

fn not_found(what: &'static str, id: &str) -> ApiError {
    ApiError::NotFound {
        what,
        id: id.to_owned(),
    }
}

/// A person's change of an issue's status, answered with the issue as it is now.
async fn change_issue<S: ApiStore + Sync>(
    store: &S,
    id: &Fingerprint,
    now: Timestamp,
    caller: &str,
    change: impl Fn(&mut Issue) -> Result<(), awsmon_domain::issue::InvalidTransition> + Send,
) -> Result<ApiResponse, ApiError> {
    ok(200, &apply_change(store, id, now, caller, change).await?)
}

/// A person's change of an issue's status (through the API or a Slack button), applied with
/// the domain's rules under the optimistic `version` condition, with the notifications that
/// edit the issue's Slack messages in the same write; read again and retried when ingest
/// changed the issue meanwhile. Returns the issue as stored.
pub async fn apply_change<S: ApiStore + Sync>(
    store: &S,
    id: &Fingerprint,
    now: Timestamp,
    caller: &str,
    change: impl Fn(&mut Issue) -> Result<(), awsmon_domain::issue::InvalidTransition> + Send,
) -> Result<Issue, ApiError> {
    for _ in 0..UPDATE_ATTEMPTS {
        let Some(mut issue) = store.find_issue(id, now).await? else {
            return Err(not_found("issue", id.as_str()));
        };
        change(&mut issue).map_err(|e| ApiError::Conflict {
            code: "invalid-transition",
            message: e.to_string(),
        })?;
        issue.record_change_by(caller, now);
        let notifications = notification::person_changed(&issue, now);
        if store.update_issue(&issue, &notifications).await? {
            // What is stored now: the store bumps the version it was conditioned on.
            issue.version += 1;
            return Ok(issue);
        }
    }
    Err(MasterError::Contention(id.to_string()).into())
}

async fn create_silence<S: ApiStore + Sync>(
    store: &S,
    new: NewSilence,
    request_id: &str,
    caller: &str,
) -> Result<ApiResponse, ApiError> {
    // Derived from API Gateway's request id: a retried delivery of one request makes one
    // silence.
    let silence = Silence {
        id: Fingerprint::of(&["silence", request_id]).to_string(),
        account_id: new.account_id,
        event_type: new.event_type,
        fingerprint: new.fingerprint,
        expires_at: new.expires_at,
        reason: new.reason,
        created_by: Some(awsmon_domain::reason::printable(
            caller,
            awsmon_domain::issue::MAX_CALLER_CHARS,
        )),
    };
    if !store.create_silence(&silence).await? {
        return Err(ApiError::Conflict {
            code: "already-exists",
            message: format!("silence {} exists already", silence.id),
        });
    }
    ok(201, &silence)
}

/// A set of partitions read together: a day of events, or the issue shards.
#[derive(Debug, Clone)]
struct Group {
    name: String,
    index: Index,
    partitions: Vec<String>,
    lower: Option<String>,
    upper: Option<String>,
}

/// One page of a listing, newest first.
#[derive(Debug)]
struct Page<T> {
    items: Vec<T>,
    next: Option<Cursor>,
}

async fn list_events<S: ApiStore + Sync>(
    store: &S,
    query: &EventQuery,
    now: Timestamp,
) -> Result<ApiResponse, ApiError> {
    let (from, to) = (query.range.from(), query.range.to());
    let lower = Some(time_key(from));
    // `~` sorts after every id character: the last millisecond before `to` is kept whatever
    // the id.
    let upper = Some(format!("{}~", time_key(to.plus_millis(-1))));
    let mut groups = Vec::new();
    let mut day_start = Timestamp::from_millis(to.plus_millis(-1).millis().div_euclid(DAY_MS) * DAY_MS);
    while day_start.plus_millis(DAY_MS) > from {
        if groups.len() == MAX_GROUPS {
            return Err(ApiError::invalid(
                "from",
                format!("the time range is at most {MAX_RANGE_DAYS} days"),
            ));
        }
        let name = day(day_start);
        let (index, partitions) = match &query.filter.account_id {
            Some(account) => (Index::Gsi2, vec![account_day_partition(account.as_str(), &name)]),
            None => (
                Index::Gsi1,
                SHARD_DIGITS
                    .chars()
                    .map(|shard| day_partition(&name, shard))
                    .collect(),
            ),
        };
        groups.push(Group {
            name,
            index,
            partitions,
            lower: lower.clone(),
            upper: upper.clone(),
        });
        day_start = day_start.plus_millis(-DAY_MS);
    }
    let page: Page<awsmon_domain::monitoring_event::MonitoringEvent> = walk(
        store,
        &groups,
        &query.filter,
        query.cursor.as_ref(),
        Cursor::new(
            query.signature(),
            Some((from.millis(), to.millis())),
            String::new(),
        ),
        query.limit.get(),
        now,
    )
    .await?;
    ok(200, &page_body(page.items, page.next))
}

async fn list_issues<S: ApiStore + Sync>(
    store: &S,
    query: &IssueQuery,
    now: Timestamp,
) -> Result<ApiResponse, ApiError> {
    debug_assert_eq!(SHARD_DIGITS.len(), SHARDS);
    let groups = [Group {
        name: ISSUES_GROUP.into(),
        index: Index::Gsi1,
        partitions: SHARD_DIGITS.chars().map(issues_partition).collect(),
        lower: None,
        upper: None,
    }];
    let page: Page<Issue> = walk(
        store,
        &groups,
        &query.filter,
        query.cursor.as_ref(),
        Cursor::new(query.signature(), None, String::new()),
        query.limit.get(),
        now,
    )
    .await?;
    ok(200, &page_body(page.items, page.next))
}

fn page_body<T: Serialize>(items: Vec<T>, next: Option<Cursor>) -> Value {
    json!({ "items": items, "next_cursor": next.map(|c| c.encode()) })
}

/// Where the partitions of the current group stand: the sort key each read stopped at, and the
/// partitions that have nothing more.
#[derive(Debug, Clone, Default, PartialEq)]
struct Progress {
    positions: BTreeMap<usize, String>,
    exhausted: BTreeSet<usize>,
}

impl Progress {
    /// Partition `i` after a round: it returned `returned` items, `taken` of them (how many,
    /// the last one's key) made the page, and its read stopped at `resume`.
    fn advance(&mut self, i: usize, returned: usize, taken: Option<(usize, String)>, resume: Option<String>) {
        match taken {
            // Everything it returned is on the page: go on where its read stopped.
            Some((n, _)) if n == returned => self.resume_or_exhaust(i, resume),
            Some((_, last)) => {
                self.positions.insert(i, last);
            }
            None if returned == 0 => self.resume_or_exhaust(i, resume),
            // None of its items made the page (all older than what did): all still to come.
            None => {}
        }
    }

    fn resume_or_exhaust(&mut self, i: usize, resume: Option<String>) {
        match resume {
            Some(key) => {
                self.positions.insert(i, key);
            }
            None => {
                self.exhausted.insert(i);
            }
        }
    }
}

/// The page being filled: its items, their JSON size so far, and whether the next item would
/// pass [`MAX_PAGE_BYTES`].
#[derive(Debug)]
struct Filling<T> {
    items: Vec<T>,
    bytes: usize,
    full: bool,
    limit: usize,
}

impl<T: Serialize> Filling<T> {
    fn done(&self) -> bool {
        self.full || self.items.len() >= self.limit
    }

    /// Take `item` unless the page is full by size; whether it was taken.
    fn take(&mut self, item: T) -> bool {
        let size = serde_json::to_vec(&item).map_or(0, |json| json.len() + 1);
        if !self.items.is_empty() && self.bytes + size > MAX_PAGE_BYTES {
            self.full = true;
            return false;
        }
        self.bytes += size;
        self.items.push(item);
        true
    }
}

/// The group a cursor continues in, and where its partitions stand; the first group from the
/// start without one.
fn start(groups: &[Group], cursor: Option<&Cursor>) -> Result<(usize, Progress), ApiError> {
    let Some(c) = cursor else {
        return Ok((0, Progress::default()));
    };
    let first = groups
        .iter()
        .position(|g| g.name == c.group)
        .ok_or_else(|| ApiError::invalid("cursor", "not a cursor of this API (unknown group)"))?;
    let partitions = groups[first].partitions.len();
    if c.positions.keys().chain(&c.exhausted).any(|&i| i >= partitions) {
        return Err(ApiError::invalid(
            "cursor",
            "not a cursor of this API (unknown partition)",
        ));
    }
    Ok((
        first,
        Progress {
            positions: c.positions.clone(),
            exhausted: c.exhausted.clone(),
        },
    ))
}

/// Read one page of `limit` items across `groups` (newest group first), starting where
/// `cursor` stopped. `template` carries what the next cursor is bound to.
async fn walk<S: ApiStore + Sync, T: DeserializeOwned + Serialize + Send>(
    store: &S,
    groups: &[Group],
    filter: &ItemFilter,
    cursor: Option<&Cursor>,
    template: Cursor,
    limit: usize,
    now: Timestamp,
) -> Result<Page<T>, ApiError> {
    let (first, mut progress) = start(groups, cursor)?;
    let mut page = Filling {
        items: Vec::with_capacity(limit),
        bytes: 0,
        full: false,
        limit,
    };
    for (g, group) in groups.iter().enumerate().skip(first) {
        if g != first {
            progress = Progress::default();
        }
        let count = group.partitions.len();
        // The DynamoDB adapter returns what the page needs from a partition unless it has no
        // more, so a round fills the page or exhausts the group; a store that stops earlier (a
        // filter skipped items) only costs more rounds.
        while !page.done() && progress.exhausted.len() < count {
            let before = (page.items.len(), progress.clone());
            round(store, group, filter, &mut progress, &mut page, now).await?;
            if before == (page.items.len(), progress.clone()) {
                // A store that returns nothing yet says it has more would loop forever.
                return Err(MasterError::Corrupt {
                    key: group.name.clone(),
                    reason: "the listing made no progress".into(),
                }
                .into());
            }
        }
        if page.done() {
            let more = progress.exhausted.len() < count || g + 1 < groups.len();
            let next = more.then(|| Cursor {
                group: group.name.clone(),
                positions: progress.positions.clone(),
                exhausted: progress.exhausted.clone(),
                ..template.clone()
            });
            return Ok(Page {
                items: page.items,
                next,
            });
        }
    }
    Ok(Page {
        items: page.items,
        next: None,
    })
}

/// One round in `group`: ask each open partition for what the page still needs, keep the
/// newest across them, and move each partition's position past what it gave.
async fn round<S: ApiStore + Sync, T: DeserializeOwned + Serialize + Send>(
    store: &S,
    group: &Group,
    filter: &ItemFilter,
    progress: &mut Progress,
    page: &mut Filling<T>,
    now: Timestamp,
) -> Result<(), ApiError> {
    let need = page.limit - page.items.len();
    let open: Vec<usize> = (0..group.partitions.len())
        .filter(|i| !progress.exhausted.contains(i))
        .collect();
    let queries: Vec<PartitionQuery> = open
        .iter()
        .map(|&i| {
            let position = progress.positions.get(&i);
            PartitionQuery {
                index: group.index,
                partition: group.partitions[i].clone(),
                lower: group.lower.clone(),
                upper: position.cloned().or_else(|| group.upper.clone()),
                upper_exclusive: position.is_some(),
                filter: filter.clone(),
            }
        })
        .collect();
    let pages = try_join_all(queries.iter().map(|q| store.partition_page::<T>(q, need, now))).await?;
    let mut resumes = BTreeMap::new();
    let mut merged = Vec::new();
    for (&i, partition) in open.iter().zip(pages) {
        resumes.insert(i, (partition.items.len(), partition.resume));
        merged.extend(partition.items.into_iter().map(|(key, item)| (key, i, item)));
    }
    // Newest first; sort keys are unique across partitions (they end in the id).
    merged.sort_by(|a, b| b.0.cmp(&a.0));
    merged.truncate(need);
    let mut taken: BTreeMap<usize, (usize, String)> = BTreeMap::new();
    for (key, i, item) in merged {
        // Items are taken newest first, so stopping here leaves a page the cursor continues
        // exactly like a shorter `limit` would.
        if !page.take(item) {
            break;
        }
        let entry = taken.entry(i).or_insert((0, String::new()));
        entry.0 += 1;
        entry.1 = key;
    }
    for (i, (returned, resume)) in resumes {
        progress.advance(i, returned, taken.remove(&i), resume);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use awsmon_domain::agent_registry::Agent;
    use awsmon_domain::monitoring_event::MonitoringEvent;
    use awsmon_domain::report::{Report, ReportKind};
    use awsmon_domain::{EventId, Fingerprint};

    use super::*;
    use crate::ports::PartitionPage;

    /// Partitions in memory, answering like the DynamoDB adapter: newest first within the
    /// bounds, a few items at a time, with a resume key whenever more remain. Items whose id
    /// ends in `-hidden` stand for items a filter expression skips: they are read (they move
    /// the resume key) but never returned.
    #[derive(Debug, Default)]
    struct Memory {
        partitions: HashMap<String, Vec<String>>,
        /// Items one read evaluates at most (DynamoDB's `Limit`).
        read_size: usize,
        /// Characters of padding each item carries (large items).
        item_padding: usize,
    }

    impl ApiStore for Memory {
        async fn find_event(
            &self,
            _: &EventId,
            _: Timestamp,
        ) -> Result<Option<MonitoringEvent>, MasterError> {
            Ok(None)
        }

        async fn find_issue(&self, _: &Fingerprint, _: Timestamp) -> Result<Option<Issue>, MasterError> {
            Ok(None)
        }

        async fn partition_page<T: DeserializeOwned + Send>(
            &self,
            query: &PartitionQuery,
            limit: usize,
            _: Timestamp,
        ) -> Result<PartitionPage<T>, MasterError> {
            let mut keys: Vec<&String> = self
                .partitions
                .get(&query.partition)
                .into_iter()
                .flatten()
                .filter(|k| query.lower.as_ref().is_none_or(|l| *k >= l))
                .filter(|k| match &query.upper {
                    Some(u) if query.upper_exclusive => *k < u,
                    Some(u) => *k <= u,
                    None => true,
                })
                .collect();
            keys.sort_by(|a, b| b.cmp(a));
            let mut items = Vec::new();
            for (read, key) in keys.iter().enumerate() {
                if items.len() >= limit || read >= self.read_size.max(limit) {
                    return Ok(PartitionPage {
                        items,
                        resume: Some(keys[read - 1].clone()),
                    });
                }
                if !key.ends_with("-hidden") {
                    let item = serde_json::from_value(if self.item_padding > 0 {
                        json!({ "key": key, "padding": "p".repeat(self.item_padding) })
                    } else {
                        json!({ "key": key })
                    })
                    .map_err(|e| MasterError::Corrupt {
                        key: key.to_string(),
                        reason: e.to_string(),
                    })?;
                    items.push(((*key).clone(), item));
                }
            }
            Ok(PartitionPage { items, resume: None })
        }

        async fn update_issue(
            &self,
            _: &Issue,
            _: &[notification::Notification],
        ) -> Result<bool, MasterError> {
            Ok(false)
        }

        async fn create_silence(&self, _: &Silence) -> Result<bool, MasterError> {
            Ok(false)
        }

        async fn delete_silence(&self, _: &str, _: Timestamp) -> Result<bool, MasterError> {
            Ok(false)
        }

        async fn active_silences(&self, _: Timestamp) -> Result<Vec<Silence>, MasterError> {
            Ok(vec![])
        }

        async fn find_agent(&self, _: &str) -> Result<Option<Agent>, MasterError> {
            Ok(None)
        }

        async fn all_agents(&self) -> Result<Vec<Agent>, MasterError> {
            Ok(vec![])
        }

        async fn find_report(
            &self,
            _: ReportKind,
            _: &str,
            _: Timestamp,
        ) -> Result<Option<Report>, MasterError> {
            Ok(None)
        }
    }

    /// The newest item of the walked days; the cursors' range holds every one of them.
    const WALK_MS: i64 = 9_000_000_000_000;
    const WALK_RANGE: (i64, i64) = (WALK_MS - 10 * DAY_MS, WALK_MS + DAY_MS);

    fn groups(days: usize, partitions: usize) -> Vec<Group> {
        (0..days)
            .map(|d| Group {
                name: day(Timestamp::from_millis(WALK_MS - d as i64 * DAY_MS)),
                index: Index::Gsi1,
                partitions: (0..partitions).map(|p| format!("{d}/{p}")).collect(),
                lower: None,
                upper: None,
            })
            .collect()
    }

    async fn walk_all(store: &Memory, groups: &[Group], limit: usize) -> Vec<String> {
        let mut seen = Vec::new();
        let mut cursor: Option<Cursor> = None;
        for _ in 0..1_000 {
            let page: Page<Value> = walk(
                store,
                groups,
                &ItemFilter::default(),
                cursor.as_ref(),
                Cursor::new("q".into(), Some(WALK_RANGE), String::new()),
                limit,
                Timestamp::from_millis(0),
            )
            .await
            .expect("page");
            assert!(page.items.len() <= limit);
            seen.extend(
                page.items
                    .iter()
                    .map(|v| v["key"].as_str().unwrap_or_default().to_owned()),
            );
            // What a client gets back is what it sends: through the encoding.
            cursor = match page.next {
                Some(next) => Some(Cursor::decode(&next.encode()).expect("its own cursor")),
                None => return seen,
            };
        }
        panic!("the walk did not end");
    }

    #[tokio::test]
    async fn every_limit_walks_every_item_once_newest_first_across_days_and_partitions() {
        let groups = groups(3, 16);
        let mut store = Memory {
            read_size: 4,
            ..Memory::default()
        };
        let mut expected = Vec::new();
        // Day 0 is the newest; partitions are uneven, some empty, with ties on the time.
        for (d, group) in groups.iter().enumerate() {
            for (p, partition) in group.partitions.iter().enumerate() {
                let count = (p * 7 + d * 3) % 11;
                for i in 0..count {
                    let ms = WALK_MS - (d as i64) * 100_000 - ((i * 13 + p) % 50) as i64;
                    let hidden = (i + p) % 5 == 0;
                    let key = format!("{ms:013}#e{d}-{p}-{i}{}", if hidden { "-hidden" } else { "" });
                    if !hidden {
                        expected.push(key.clone());
                    }
                    store.partitions.entry(partition.clone()).or_default().push(key);
                }
            }
        }
        expected.sort_by(|a, b| b.cmp(a));
        assert!(expected.len() > 150);
        for limit in [1, 2, 3, 15, 16, 17, 100, 500] {
            assert_eq!(walk_all(&store, &groups, limit).await, expected, "limit {limit}");
        }
        store.read_size = 1;
        assert_eq!(walk_all(&store, &groups, 7).await, expected, "one item a read");
        let empty = Memory::default();
        assert!(walk_all(&empty, &groups, 5).await.is_empty());
    }

    /// A page of large items ends at its byte budget, and the walk still returns every item
    /// once, newest first.
    #[tokio::test]
    async fn a_page_of_large_items_ends_at_its_byte_budget() {
        let groups = groups(1, 4);
        let mut store = Memory {
            read_size: 50,
            ..Memory::default()
        };
        let mut expected = Vec::new();
        for (p, partition) in groups[0].partitions.iter().enumerate() {
            for i in 0..40 {
                let key = format!(
                    "{:013}#big-{p}-{i}-{}",
                    WALK_MS - (i * 4 + p) as i64,
                    "x".repeat(60)
                );
                expected.push(key.clone());
                store.partitions.entry(partition.clone()).or_default().push(key);
            }
        }
        expected.sort_by(|a, b| b.cmp(a));
        store.item_padding = 100_000;
        let mut seen = Vec::new();
        let mut cursor: Option<Cursor> = None;
        let mut pages = 0;
        loop {
            let page: Page<Value> = walk(
                &store,
                &groups,
                &ItemFilter::default(),
                cursor.as_ref(),
                Cursor::new("q".into(), Some(WALK_RANGE), String::new()),
                500,
                Timestamp::from_millis(0),
            )
            .await
            .expect("page");
            pages += 1;
            let bytes: usize = page
                .items
                .iter()
                .map(|v| serde_json::to_vec(v).unwrap().len())
                .sum();
            assert!(bytes <= MAX_PAGE_BYTES, "{bytes} bytes");
            seen.extend(
                page.items
                    .iter()
                    .map(|v| v["key"].as_str().unwrap_or_default().to_owned()),
            );
            match page.next {
                Some(next) => cursor = Some(Cursor::decode(&next.encode()).expect("its own cursor")),
                None => break,
            }
        }
        assert_eq!(seen, expected);
        assert!(pages >= 4, "{pages} pages of 160 items of 100 KB");
    }

    #[tokio::test]
    async fn a_cursor_naming_an_unknown_group_or_partition_is_refused() {
        let groups = groups(2, 16);
        let store = Memory::default();
        let template = Cursor::new("q".into(), None, String::new());
        for (group, partition) in [
            ("2026-11-01".to_owned(), 0),
            (day(Timestamp::from_millis(WALK_MS)), 16),
        ] {
            let mut cursor = template.clone();
            cursor.group = group;
            cursor.exhausted.insert(partition);
            let result: Result<Page<Value>, ApiError> = walk(
                &store,
                &groups,
                &ItemFilter::default(),
                Some(&cursor),
                template.clone(),
                5,
                Timestamp::from_millis(0),
            )
            .await;
            assert!(
                matches!(&result, Err(ApiError::InvalidParameter { field, .. }) if field == "cursor"),
                "{result:?}"
            );
        }
    }
}
