//! One agent run: discover log groups, scan each chunk's windows since its checkpoint, publish
//! one event per fingerprint and window, advance the checkpoints, and send a heartbeat, also
//! when parts of the run failed.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use awsmon_domain::EventId;
use awsmon_domain::agent_event::{AgentEvent, AgentIdentity, Heartbeat, SCHEMA_VERSION, TimeWindow};
use awsmon_domain::error_batch::ErrorBatch;
use awsmon_domain::forwarded;
use awsmon_domain::redact::Redactor;
use awsmon_domain::timestamp::Timestamp;
use awsmon_domain::window::{Checkpoint, WindowPolicy};
use futures::future::join_all;
use tokio::time::Instant;
use tracing::{info, warn};

use crate::config::{Config, ConfigError, INSIGHTS_ROW_LIMIT};
use crate::discovery::{discover, exists};
use crate::error::{ChunkError, ForwardError, PublishError};
use crate::insights::{QueryOptions, QueryRunner};
use crate::ports::{BusEntry, CheckpointStore, EventBus, LogGroupCatalog, LogsInsights, TaggedWorkloads};
use crate::publish::{Limits, Published, Publisher, RetryPolicy, entry_size};

/// The heartbeat lists at most this many problems (the rest are counted).
pub const MAX_HEARTBEAT_ERRORS: usize = 20;
/// Time kept free at the end of a run, on top of one query timeout, to publish and commit.
pub const PUBLISH_RESERVE: Duration = Duration::from_secs(10);

/// The AWS side of the agent.
#[derive(Debug)]
pub struct Ports<L, T, S, B> {
    pub logs: L,
    pub tagged: T,
    pub store: S,
    pub bus: B,
}

/// Tunables that are not configuration: AWS's limits and retry pacing.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    pub row_limit: usize,
    pub first_poll: Duration,
    pub max_poll: Duration,
    pub limits: Limits,
    pub retry: RetryPolicy,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            row_limit: INSIGHTS_ROW_LIMIT,
            first_poll: Duration::from_millis(250),
            max_poll: Duration::from_secs(5),
            limits: Limits::default(),
            retry: RetryPolicy::default(),
        }
    }
}

/// The agent, built once per Lambda instance.
#[derive(Debug)]
pub struct Agent<L, T, S, B> {
    config: Config,
    redactor: Redactor,
    policy: WindowPolicy,
    ports: Ports<L, T, S, B>,
    tuning: Tuning,
}

/// What a run did: the heartbeat it sent and whether sending it worked.
#[derive(Debug)]
pub struct RunReport {
    pub heartbeat: Heartbeat,
    pub heartbeat_sent: Result<(), PublishError>,
}

impl RunReport {
    /// A run succeeded when every chunk scanned up to the horizon and the heartbeat went out.
    pub fn succeeded(&self) -> bool {
        self.heartbeat.failed_chunks == 0 && self.heartbeat_sent.is_ok()
    }
}

/// A log group and its stored checkpoint (`None`: never scanned).
type Member = (String, Option<Checkpoint>);

/// Log groups that share a checkpoint, queried together.
#[derive(Debug, Clone)]
struct Chunk {
    checkpoint: Checkpoint,
    groups: Vec<Member>,
}

#[derive(Debug, Default)]
struct ChunkStats {
    queries: u64,
    lines: u64,
    not_errors: u64,
    events: u64,
    covered_ms: u64,
    problems: Vec<String>,
    /// For one chunk: whether it failed; summed over a run: how many did.
    failed: bool,
    failed_chunks: u64,
}

impl<L, T, S, B> Agent<L, T, S, B>
where
    L: LogsInsights + LogGroupCatalog,
    T: TaggedWorkloads,
    S: CheckpointStore,
    B: EventBus,
{
    pub fn new(config: Config, ports: Ports<L, T, S, B>, tuning: Tuning) -> Result<Self, ConfigError> {
        Ok(Self {
            redactor: config.redactor()?,
            policy: config.window_policy(),
            config,
            ports,
            tuning,
        })
    }

    pub fn ports(&self) -> &Ports<L, T, S, B> {
        &self.ports
    }

    /// Runs once as of `now` (log time), starting no new window after `deadline` minus one
    /// query timeout and [`PUBLISH_RESERVE`].
    pub async fn run(&self, agent: &AgentIdentity, now: Timestamp, deadline: Instant) -> RunReport {
        let clock = Instant::now();
        let mut problems: Vec<String> = Vec::new();
        let discovered = discover(&self.config, &self.ports.logs, &self.ports.tagged).await;
        problems.extend(discovered.problems);
        let mut stats = ChunkStats::default();
        match self.ports.store.load(&discovered.log_groups).await {
            Ok(stored) => {
                let runner = QueryRunner::new(&self.ports.logs, self.query_options());
                let chunks = self.chunks(&discovered.log_groups, &stored, now);
                let results = join_all(
                    chunks
                        .into_iter()
                        .map(|chunk| self.run_chunk(agent, &runner, chunk, now, deadline)),
                )
                .await;
                for result in results {
                    stats.queries += result.queries;
                    stats.lines += result.lines;
                    stats.not_errors += result.not_errors;
                    stats.events += result.events;
                    stats.covered_ms += result.covered_ms;
                    stats.problems.extend(result.problems);
                    stats.failed_chunks += u64::from(result.failed);
                }
            }
            Err(e) => {
                problems.push(format!("loading checkpoints failed: {e}"));
                stats.failed_chunks += 1;
            }
        }
        problems.append(&mut stats.problems);
        self.finish(agent, now, clock, &discovered.log_groups, stats, problems)
            .await
    }

    async fn finish(
        &self,
        agent: &AgentIdentity,
        now: Timestamp,
        clock: Instant,
        log_groups: &[String],
        stats: ChunkStats,
        problems: Vec<String>,
    ) -> RunReport {
        let problems: Vec<String> = problems.iter().map(|p| self.redactor.redact(p)).collect();
        for problem in &problems {
            warn!(problem = %problem, "run problem");
        }
        let mut errors: Vec<String> = problems.iter().take(MAX_HEARTBEAT_ERRORS).cloned().collect();
        if problems.len() > MAX_HEARTBEAT_ERRORS {
            errors.push(format!("... and {} more", problems.len() - MAX_HEARTBEAT_ERRORS));
        }
        let started_at = now.to_rfc3339();
        let heartbeat = Heartbeat {
            schema_version: SCHEMA_VERSION,
            id: EventId::derive(
                "hb",
                &[agent.account_id.as_str(), agent.region.as_str(), &started_at],
            ),
            agent: agent.clone(),
            started_at: now,
            duration_ms: u64::try_from(clock.elapsed().as_millis()).unwrap_or(u64::MAX),
            schedule_period_secs: self.config.schedule_period.as_secs(),
            config_hash: self.config.config_hash.clone(),
            log_groups_watched: log_groups.len() as u64,
            queries: stats.queries,
            lines_matched: stats.lines,
            lines_not_errors: stats.not_errors,
            events_published: stats.events,
            covered_ms: stats.covered_ms,
            failed_chunks: stats.failed_chunks,
            errors,
        };
        let heartbeat_sent = self
            .publisher()
            .publish(&[AgentEvent::Heartbeat(heartbeat.clone())])
            .await
            .map(|_| ());
        info!(
            log_groups = heartbeat.log_groups_watched,
            queries = heartbeat.queries,
            lines = heartbeat.lines_matched,
            events = heartbeat.events_published,
            covered_ms = heartbeat.covered_ms,
            failed_chunks = heartbeat.failed_chunks,
            heartbeat_sent = heartbeat_sent.is_ok(),
            "run finished"
        );
        RunReport {
            heartbeat,
            heartbeat_sent,
        }
    }

    /// Forwards one AWS event a forwarding rule delivered (see
    /// `awsmon_domain::forwarded::invocation`): redacted with the agent's redactor (the one its
    /// log lines pass, user patterns included), bounded to one PutEvents entry, and published
    /// to the master bus as one `awsmon.forwarded` event.
    pub async fn forward(
        &self,
        agent: &AgentIdentity,
        event: &serde_json::Value,
    ) -> Result<Published, ForwardError> {
        let overhead = entry_size(&BusEntry {
            detail_type: forwarded::DETAIL_TYPE,
            detail: String::new(),
        });
        let max_bytes = self.tuning.limits.entry_bytes.saturating_sub(overhead);
        let detail = forwarded::wrap(event, agent, &self.redactor, max_bytes)?;
        let entry = BusEntry {
            detail_type: forwarded::DETAIL_TYPE,
            detail: detail.to_string(),
        };
        let published = self.publisher().publish_entries(&[entry]).await?;
        // Never the event itself: unredacted, it would be in the agent's logs.
        info!(
            source = event
                .get("source")
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default(),
            detail_type = event
                .get("detail-type")
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default(),
            "forwarded to the master"
        );
        Ok(published)
    }

    fn query_options(&self) -> QueryOptions {
        QueryOptions {
            query: self.config.query.clone(),
            max_in_flight: self.config.max_concurrent_queries,
            calls_per_second: self.config.insights_calls_per_second,
            timeout: self.config.query_timeout,
            row_limit: self.tuning.row_limit,
            first_poll: self.tuning.first_poll,
            max_poll: self.tuning.max_poll,
        }
    }

    fn publisher(&self) -> Publisher<'_, B> {
        Publisher::new(&self.ports.bus, self.tuning.limits, self.tuning.retry)
    }

    /// Groups sharing a checkpoint go together (a group that failed lags behind alone until it
    /// catches up), at most `chunk_size` a chunk.
    fn chunks(
        &self,
        log_groups: &[String],
        stored: &HashMap<String, Checkpoint>,
        now: Timestamp,
    ) -> Vec<Chunk> {
        let mut by_checkpoint: BTreeMap<Checkpoint, Vec<Member>> = BTreeMap::new();
        for group in log_groups {
            let saved = stored.get(group).copied();
            let checkpoint = saved.unwrap_or_else(|| self.policy.first_checkpoint(now));
            by_checkpoint
                .entry(checkpoint)
                .or_default()
                .push((group.clone(), saved));
        }
        let mut chunks = Vec::new();
        for (checkpoint, groups) in by_checkpoint {
            for part in groups.chunks(self.config.chunk_size) {
                chunks.push(Chunk {
                    checkpoint,
                    groups: part.to_vec(),
                });
            }
        }
        chunks
    }

    async fn run_chunk(
        &self,
        agent: &AgentIdentity,
        runner: &QueryRunner<'_, L>,
        chunk: Chunk,
        now: Timestamp,
        deadline: Instant,
    ) -> ChunkStats {
        let mut stats = ChunkStats::default();
        let first = chunk.groups.first().map(|(g, _)| g.clone()).unwrap_or_default();
        let size = chunk.groups.len();
        if let Err(e) = self
            .scan_chunk(agent, runner, chunk, now, deadline, &mut stats)
            .await
        {
            stats.failed = true;
            stats.problems.push(format!(
                "chunk of {size} log groups from {first} failed ({}): {e}",
                if e.is_retryable() {
                    "retried next run"
                } else {
                    "needs attention"
                }
            ));
        }
        stats
    }

    async fn scan_chunk(
        &self,
        agent: &AgentIdentity,
        runner: &QueryRunner<'_, L>,
        chunk: Chunk,
        now: Timestamp,
        deadline: Instant,
        stats: &mut ChunkStats,
    ) -> Result<(), ChunkError> {
        let mut groups = chunk.groups;
        let mut checkpoint = chunk.checkpoint;
        let reserve = self.config.query_timeout + PUBLISH_RESERVE;
        for window in self.policy.plan(checkpoint, now) {
            if Instant::now() + reserve > deadline {
                stats.problems.push(format!(
                    "time budget reached: {} log groups resume from {} next run",
                    groups.len(),
                    window.start
                ));
                return Ok(());
            }
            let started = checkpoint.started(window);
            for (group, expected) in &mut groups {
                if *expected != Some(started) {
                    self.ports.store.save(group, *expected, started).await?;
                    *expected = Some(started);
                }
            }
            let rows = loop {
                let names: Vec<String> = groups.iter().map(|(g, _)| g.clone()).collect();
                match runner.lines(&names, window).await {
                    Ok(rows) => break rows,
                    Err(e) if e.is_missing_group() => {
                        let before = groups.len();
                        let mut kept = Vec::new();
                        for (group, expected) in groups {
                            if exists(&self.ports.logs, &group).await.unwrap_or(true) {
                                kept.push((group, expected));
                            } else {
                                stats
                                    .problems
                                    .push(format!("log group {group} was deleted: skipped"));
                            }
                        }
                        groups = kept;
                        if groups.is_empty() {
                            return Ok(());
                        }
                        if groups.len() == before {
                            return Err(e.into());
                        }
                    }
                    Err(e) => return Err(e.into()),
                }
            };
            stats.queries += rows.queries;
            let mut batches: BTreeMap<&str, ErrorBatch<'_>> = groups
                .iter()
                .map(|(g, _)| (g.as_str(), ErrorBatch::new(g, window, &self.redactor)))
                .collect();
            for line in &rows.lines {
                if let Some(batch) = batches.get_mut(line.log_group.as_str())
                    && batch.add(&line.line)
                {
                    stats.lines += 1;
                }
            }
            stats.not_errors += batches.values().map(ErrorBatch::not_errors).sum::<u64>();
            let events: Vec<AgentEvent> = batches
                .into_values()
                .flat_map(|batch| batch.into_events(agent))
                .map(AgentEvent::ErrorLog)
                .collect();
            let published = self.publisher().publish(&events).await?;
            stats.events += published.events;
            let committed = Checkpoint::committed(window);
            for (group, expected) in &mut groups {
                self.ports.store.save(group, *expected, committed).await?;
                *expected = Some(committed);
            }
            checkpoint = committed;
            stats.covered_ms += window_ms(window);
        }
        Ok(())
    }
}

fn window_ms(window: TimeWindow) -> u64 {
    u64::try_from(window.end.millis() - window.start.millis()).unwrap_or(0)
}
