//! Scan coverage and cost over a simulated day: the agent's real run (`Agent::run`, window
//! planning in `awsmon_domain::window`, checkpoints, chunking) with in-memory ports and tokio's
//! paused clock, runs on a 5-minute schedule of which a seeded random share is missed.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use awsmon_agent::config::TagFilter;
use awsmon_agent::error::{AwsError, StoreError};
use awsmon_agent::ports::{
    BusEntry, CheckpointStore, EntryOutcome, EventBus, LogGroupCatalog, LogsInsights, QueryRequest,
    QueryStatus, TaggedLogGroups, TaggedWorkloads,
};
use awsmon_agent::{Agent, Config, Ports, Tuning};
use awsmon_domain::Timestamp;
use awsmon_domain::window::Checkpoint;

use crate::events;
use crate::report::{Section, Verdict, count};

const GROUPS: usize = 120;
const SEED: u64 = 0x5eed_2026;
const MISS_PERCENT: u64 = 20;
const DAY_MS: i64 = 86_400_000;
const PERIOD_MS: i64 = 300_000;

/// SplitMix64: a seeded, dependency-free generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[derive(Default)]
struct Insights {
    queries: Arc<AtomicU64>,
    next_id: AtomicU64,
    groups: Vec<String>,
}

impl LogsInsights for Insights {
    async fn start_query(&self, _request: &QueryRequest) -> Result<String, AwsError> {
        self.queries.fetch_add(1, Ordering::Relaxed);
        Ok(self.next_id.fetch_add(1, Ordering::Relaxed).to_string())
    }
    async fn query_status(&self, _query_id: &str) -> Result<QueryStatus, AwsError> {
        Ok(QueryStatus::Complete(Vec::new()))
    }
    async fn stop_query(&self, _query_id: &str) -> Result<(), AwsError> {
        Ok(())
    }
}

impl LogGroupCatalog for Insights {
    async fn groups_with_prefix(&self, prefix: &str) -> Result<Vec<String>, AwsError> {
        Ok(self
            .groups
            .iter()
            .filter(|g| g.starts_with(prefix))
            .cloned()
            .collect())
    }
}

struct NoTags;

impl TaggedWorkloads for NoTags {
    async fn log_groups(&self, _tag: &TagFilter) -> Result<TaggedLogGroups, AwsError> {
        Ok(TaggedLogGroups::default())
    }
}

/// Checkpoints in memory, with every committed window kept per group.
#[derive(Default)]
struct Store {
    checkpoints: Mutex<HashMap<String, Checkpoint>>,
    /// Group -> (first checkpoint, committed windows `[start, end)` in ms).
    scanned: Arc<Mutex<Scanned>>,
}

type Scanned = BTreeMap<String, (i64, Vec<(i64, i64)>)>;

impl CheckpointStore for Store {
    async fn load(&self, log_groups: &[String]) -> Result<HashMap<String, Checkpoint>, AwsError> {
        let all = self.checkpoints.lock().expect("lock");
        Ok(log_groups
            .iter()
            .filter_map(|g| all.get(g).map(|c| (g.clone(), *c)))
            .collect())
    }
    async fn save(
        &self,
        log_group: &str,
        expected: Option<Checkpoint>,
        next: Checkpoint,
    ) -> Result<(), StoreError> {
        let mut all = self.checkpoints.lock().expect("lock");
        if all.get(log_group).copied() != expected {
            return Err(StoreError::Conflict {
                log_group: log_group.to_owned(),
            });
        }
        all.insert(log_group.to_owned(), next);
        let mut scanned = self.scanned.lock().expect("lock");
        let entry = scanned
            .entry(log_group.to_owned())
            .or_insert((next.covered_until.millis(), Vec::new()));
        if let Some(old) = expected
            && next.pending_end.is_none()
            && next.covered_until > old.covered_until
        {
            entry
                .1
                .push((old.covered_until.millis(), next.covered_until.millis()));
        }
        Ok(())
    }
}

struct Bus;

impl EventBus for Bus {
    async fn put_events(&self, entries: &[BusEntry]) -> Result<Vec<EntryOutcome>, AwsError> {
        Ok(entries.iter().map(|_| EntryOutcome::Accepted).collect())
    }
}

struct Outcome {
    runs: u64,
    missed: u64,
    queries: u64,
    scanned: Scanned,
    last_horizon: i64,
    window_ms: i64,
    chunk_size: usize,
}

async fn simulate() -> Outcome {
    let groups: Vec<String> = (0..GROUPS).map(|i| format!("/sim/app-{i:03}")).collect();
    let env: HashMap<&str, &str> = HashMap::from([
        (
            "AWSMON_MASTER_BUS_ARN",
            "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon",
        ),
        ("AWSMON_CHECKPOINT_TABLE", "checkpoints"),
        ("AWSMON_LOG_GROUP_PREFIXES", "/sim/"),
    ]);
    let config = Config::from_lookup(|name| env.get(name).map(|v| (*v).to_owned())).expect("config");
    let latency_ms = i64::try_from(config.delivery_latency.as_millis()).unwrap_or_default();
    let window_ms = i64::try_from(config.window.as_millis()).unwrap_or_default();
    let chunk_size = config.chunk_size;
    let insights = Insights {
        groups: groups.clone(),
        ..Insights::default()
    };
    let queries = Arc::clone(&insights.queries);
    let store = Store::default();
    let scanned = Arc::clone(&store.scanned);
    let ports = Ports {
        logs: insights,
        tagged: NoTags,
        store,
        bus: Bus,
    };
    let tuning = Tuning {
        first_poll: Duration::from_millis(1),
        max_poll: Duration::from_millis(1),
        ..Tuning::default()
    };
    let agent = Agent::new(config, ports, tuning).expect("agent");
    let identity = events::identity();
    let mut rng = Rng(SEED);
    let start = events::now().millis() / PERIOD_MS * PERIOD_MS - DAY_MS;
    let (mut runs, mut missed, mut last_horizon) = (0, 0, 0);
    let slots = DAY_MS / PERIOD_MS;
    for slot in 0..=slots {
        // The first and last runs always happen: the day is measured between them.
        let miss = slot != 0 && slot != slots && rng.next() % 100 < MISS_PERCENT;
        if miss {
            missed += 1;
            continue;
        }
        runs += 1;
        let now = Timestamp::from_millis(start + slot * PERIOD_MS);
        let deadline = tokio::time::Instant::now() + Duration::from_secs(900);
        let report = agent.run(&identity, now, deadline).await;
        assert!(
            report.succeeded(),
            "a simulated run failed: {:?}",
            report.heartbeat.errors
        );
        last_horizon = now.millis() - latency_ms;
    }
    Outcome {
        runs,
        missed,
        queries: queries.load(Ordering::Relaxed),
        scanned: scanned.lock().expect("lock").clone(),
        last_horizon,
        window_ms,
        chunk_size,
    }
}

/// Length of the union of `intervals` (sorted here) and the sum of their lengths.
fn union_and_sum(intervals: &mut [(i64, i64)]) -> (i64, i64) {
    intervals.sort_unstable();
    let (mut union, mut sum, mut reach) = (0i64, 0i64, i64::MIN);
    for &(a, b) in intervals.iter() {
        sum += b - a;
        let from = a.max(reach);
        if b > from {
            union += b - from;
        }
        reach = reach.max(b);
    }
    (union, sum)
}

pub fn run() -> Section {
    let mut section = Section::new(
        "5. Scan coverage and cost",
        "A simulated day of the agent over 120 log groups: `Agent::run` as deployed (discovery by \
         prefix, chunking, `WindowPolicy` planning, pending/commit checkpoints), with in-memory \
         Logs Insights, checkpoint table and bus, on tokio's paused clock. Runs are scheduled \
         every 5 minutes; each one but the first and last is missed with probability 20% \
         (SplitMix64, fixed seed). Coverage is the union of the committed windows of each group \
         over its wall time (first checkpoint to the last run's horizon); overlap is the time \
         committed twice. The minimum number of queries is one per chunk of log groups per \
         longest window (`CW_INSIGHTS_QUERY_DURATION`) of wall time.",
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("paused runtime");
    let mut outcome = runtime.block_on(simulate());
    let (mut wall, mut covered, mut overlap) = (0i64, 0i64, 0i64);
    let mut exact = true;
    for (first, windows) in outcome.scanned.values_mut() {
        let (union, sum) = union_and_sum(windows);
        let group_wall = outcome.last_horizon - *first;
        let within = windows
            .iter()
            .all(|(a, b)| *a >= *first && *b <= outcome.last_horizon);
        exact &= within && union == group_wall;
        wall += group_wall;
        covered += union;
        overlap += sum - union;
    }
    let groups = outcome.scanned.len();
    let ratio = covered as f64 / wall.max(1) as f64;
    section.info(
        "runs made / missed",
        format!("{} / {} ({} groups)", outcome.runs, outcome.missed, groups),
    );
    section.row(
        "time scanned / wall time",
        format!(
            "{ratio:.6} ({} of {} group-ms)",
            count(covered as u64),
            count(wall as u64)
        ),
        "1.00 exactly",
        Verdict::of(exact && covered == wall),
    );
    section.row(
        "time scanned twice",
        format!("{} ms", count(overlap as u64)),
        "0",
        Verdict::of(overlap == 0),
    );
    let chunks = groups.div_ceil(outcome.chunk_size.max(1)) as u64;
    let span = outcome
        .scanned
        .values()
        .map(|(first, _)| outcome.last_horizon - first)
        .max()
        .unwrap_or_default();
    let minimum = chunks * u64::try_from(span.div_euclid(outcome.window_ms.max(1))).unwrap_or_default()
        + chunks * u64::from(span % outcome.window_ms.max(1) != 0);
    let q_ratio = outcome.queries as f64 / minimum.max(1) as f64;
    section.row(
        "Logs Insights queries / minimum",
        format!(
            "{} / {} = {q_ratio:.3} ({chunks} chunks of {}, window {} s)",
            count(outcome.queries),
            count(minimum),
            outcome.chunk_size,
            outcome.window_ms / 1000
        ),
        "1.00",
        Verdict::of(outcome.queries <= minimum),
    );
    if section.missed().next().is_some() {
        section.note(format!(
            "Missed: {} queries for a minimum of {}, coverage {ratio:.6}, overlap {} ms.",
            outcome.queries, minimum, overlap
        ));
    }
    section
}
