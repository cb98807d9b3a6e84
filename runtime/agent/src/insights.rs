//! Running Logs Insights queries within AWS's limits: a bounded number in flight, a paced rate
//! of StartQuery/GetQueryResults calls, polling with backoff, StopQuery on our own timeout, and
//! windows split in two while a query reaches the row limit.

use std::time::Duration;

use awsmon_domain::agent_event::TimeWindow;
use awsmon_domain::error_batch::LogLine;
use awsmon_domain::timestamp::Timestamp;
use awsmon_domain::window;
use tokio::sync::{Mutex, Semaphore};
use tokio::time::Instant;

use crate::error::QueryError;
use crate::ports::{LogsInsights, QueryRequest, QueryStatus, Row};

/// StartQuery attempts before a chunk gives up until the next run.
const START_ATTEMPTS: u32 = 3;

/// How queries run.
#[derive(Debug, Clone)]
pub struct QueryOptions {
    /// The configured query; the time filter is appended.
    pub query: String,
    pub max_in_flight: usize,
    pub calls_per_second: u32,
    pub timeout: Duration,
    /// A result this long may be truncated: the window is split and queried again.
    pub row_limit: usize,
    pub first_poll: Duration,
    pub max_poll: Duration,
}

/// A matching line and the log group it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupLine {
    pub log_group: String,
    pub line: LogLine,
}

/// Rows of one chunk and window, and how many queries it took.
#[derive(Debug, Clone, Default)]
pub struct WindowRows {
    pub lines: Vec<GroupLine>,
    pub queries: u64,
}

/// Shared by every chunk of a run, so the limits hold for the whole run.
#[derive(Debug)]
pub struct QueryRunner<'a, L> {
    logs: &'a L,
    options: QueryOptions,
    in_flight: Semaphore,
    next_call: Mutex<Instant>,
}

impl<'a, L: LogsInsights> QueryRunner<'a, L> {
    pub fn new(logs: &'a L, options: QueryOptions) -> Self {
        Self {
            logs,
            in_flight: Semaphore::new(options.max_in_flight.max(1)),
            options,
            next_call: Mutex::new(Instant::now()),
        }
    }

    /// Every matching line of `log_groups` in `window`, splitting the window while a query
    /// reaches the row limit.
    pub async fn lines(&self, log_groups: &[String], window: TimeWindow) -> Result<WindowRows, QueryError> {
        let mut out = WindowRows::default();
        let mut todo = vec![window];
        while let Some(part) = todo.pop() {
            let rows = self.query(log_groups, part).await?;
            out.queries += 1;
            if rows.len() >= self.options.row_limit
                && let Some((older, newer)) = window::split(part)
            {
                todo.push(newer);
                todo.push(older);
                continue;
            }
            for row in &rows {
                let line = parse_row(row, log_groups)?;
                // The query range is whole seconds, wider than the window: keep the window only.
                if line.line.timestamp >= part.start && line.line.timestamp < part.end {
                    out.lines.push(line);
                }
            }
        }
        Ok(out)
    }

    async fn query(&self, log_groups: &[String], window: TimeWindow) -> Result<Vec<Row>, QueryError> {
        let _permit = self.in_flight.acquire().await.ok();
        let request = QueryRequest {
            log_groups: log_groups.to_vec(),
            start_secs: window.start.secs(),
            end_secs: (window.end.millis() + 999).div_euclid(1000),
            query: format!(
                "{} | filter @timestamp >= {} and @timestamp < {} | limit {}",
                self.options.query,
                window.start.millis(),
                window.end.millis(),
                self.options.row_limit
            ),
        };
        let query_id = self.start(&request).await?;
        let started = Instant::now();
        let mut wait = self.options.first_poll;
        loop {
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(self.options.max_poll);
            if started.elapsed() >= self.options.timeout {
                // Our own deadline: free the account's concurrent-query slot now.
                let _ = self.logs.stop_query(&query_id).await;
                return Err(QueryError::TimedOut {
                    query_id,
                    seconds: self.options.timeout.as_secs(),
                });
            }
            self.pace().await;
            match self.logs.query_status(&query_id).await {
                Ok(QueryStatus::Running) => {}
                Ok(QueryStatus::Complete(rows)) => return Ok(rows),
                Ok(QueryStatus::Ended(status)) => return Err(QueryError::Ended { query_id, status }),
                Err(e) if e.is_retryable() => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// StartQuery, retrying throttling and transient errors a few times with backoff.
    async fn start(&self, request: &QueryRequest) -> Result<String, QueryError> {
        let mut backoff = self.options.first_poll;
        let mut attempt = 1;
        loop {
            self.pace().await;
            match self.logs.start_query(request).await {
                Ok(query_id) => return Ok(query_id),
                Err(e) if e.is_retryable() && attempt < START_ATTEMPTS => {
                    tokio::time::sleep(backoff).await;
                    backoff *= 2;
                    attempt += 1;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Waits for this call's slot: calls are spaced `1 / calls_per_second` apart.
    async fn pace(&self) {
        let spacing = Duration::from_secs(1) / self.options.calls_per_second.max(1);
        let slot = {
            let mut next = self.next_call.lock().await;
            let slot = (*next).max(Instant::now());
            *next = slot + spacing;
            slot
        };
        tokio::time::sleep_until(slot).await;
    }
}

/// A row as `(log group, line)`. `@log` is `account:group` on AWS; `@timestamp` is
/// `YYYY-MM-DD HH:MM:SS.mmm` on AWS (UTC) and epoch milliseconds on some emulators.
pub fn parse_row(row: &Row, log_groups: &[String]) -> Result<GroupLine, QueryError> {
    let field = |name: &str| row.iter().find(|(f, _)| f == name).map(|(_, v)| v.as_str());
    let raw_time = field("@timestamp").unwrap_or_default();
    let timestamp = parse_timestamp(raw_time).ok_or_else(|| QueryError::BadRow {
        field: "@timestamp",
        value: raw_time.to_owned(),
    })?;
    let log_group = match field("@log") {
        Some(log) => strip_account(log).to_owned(),
        None if log_groups.len() == 1 => log_groups[0].clone(),
        None => {
            return Err(QueryError::BadRow {
                field: "@log",
                value: String::new(),
            });
        }
    };
    Ok(GroupLine {
        log_group,
        line: LogLine {
            timestamp,
            message: field("@message").unwrap_or_default().to_owned(),
        },
    })
}

fn strip_account(log: &str) -> &str {
    match log.split_once(':') {
        Some((account, group)) if account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()) => group,
        _ => log,
    }
}

/// `2026-11-24 09:00:01.123` (UTC) or epoch milliseconds.
pub fn parse_timestamp(raw: &str) -> Option<Timestamp> {
    let raw = raw.trim();
    if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit()) {
        return raw.parse().ok().map(Timestamp::from_millis);
    }
    let (date, time) = raw.split_once([' ', 'T'])?;
    let mut date_parts = date.splitn(3, '-').map(str::parse::<i64>);
    let (year, month, day) = (
        date_parts.next()?.ok()?,
        date_parts.next()?.ok()?,
        date_parts.next()?.ok()?,
    );
    let time = time.trim_end_matches('Z');
    let (clock, fraction) = time.split_once('.').unwrap_or((time, "0"));
    let mut clock_parts = clock.splitn(3, ':').map(str::parse::<i64>);
    let (hour, minute, second) = (
        clock_parts.next()?.ok()?,
        clock_parts.next()?.ok()?,
        clock_parts.next()?.ok()?,
    );
    let millis: i64 = format!("{fraction:0<3}").get(..3)?.parse().ok()?;
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && (0..24).contains(&hour)
        && (0..60).contains(&minute)
        && (0..=60).contains(&second);
    valid.then(|| {
        let days = days_from_civil(year, month, day);
        Timestamp::from_millis((((days * 24 + hour) * 60 + minute) * 60 + second) * 1000 + millis)
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Mutex as StdMutex;

    use proptest::prelude::*;

    use super::*;
    use crate::error::AwsError;

    /// An in-memory Insights on tokio's paused clock: records when each call was made and how
    /// many queries were running, answers `Running` `polls_running` times, then every line of
    /// the requested range (one a second), or never completes when `hang` is set.
    #[derive(Default)]
    struct Recorder {
        polls_running: u32,
        hang: bool,
        calls: StdMutex<Vec<Instant>>,
        queries: StdMutex<HashMap<String, (QueryRequest, u32)>>,
        in_flight_max: StdMutex<(usize, usize)>,
        stopped: StdMutex<Vec<String>>,
    }

    impl LogsInsights for Recorder {
        async fn start_query(&self, request: &QueryRequest) -> Result<String, AwsError> {
            self.calls.lock().unwrap().push(Instant::now());
            let mut queries = self.queries.lock().unwrap();
            let id = format!("q{}", queries.len());
            queries.insert(id.clone(), (request.clone(), 0));
            let mut flight = self.in_flight_max.lock().unwrap();
            flight.0 += 1;
            flight.1 = flight.1.max(flight.0);
            Ok(id)
        }

        async fn query_status(&self, query_id: &str) -> Result<QueryStatus, AwsError> {
            self.calls.lock().unwrap().push(Instant::now());
            let mut queries = self.queries.lock().unwrap();
            let (request, polls) = queries.get_mut(query_id).unwrap();
            *polls += 1;
            if self.hang || *polls <= self.polls_running {
                return Ok(QueryStatus::Running);
            }
            self.in_flight_max.lock().unwrap().0 -= 1;
            let rows = (request.start_secs..request.end_secs)
                .map(|second| {
                    vec![
                        ("@timestamp".to_owned(), (second * 1000).to_string()),
                        ("@message".to_owned(), format!("ERROR at {second}")),
                    ]
                })
                .collect();
            Ok(QueryStatus::Complete(rows))
        }

        async fn stop_query(&self, query_id: &str) -> Result<(), AwsError> {
            self.stopped.lock().unwrap().push(query_id.to_owned());
            Ok(())
        }
    }

    fn options(row_limit: usize) -> QueryOptions {
        QueryOptions {
            query: "fields @timestamp, @message, @log".into(),
            max_in_flight: 2,
            calls_per_second: 5,
            timeout: Duration::from_secs(30),
            row_limit,
            first_poll: Duration::from_millis(100),
            max_poll: Duration::from_secs(1),
        }
    }

    fn window(start_secs: i64, end_secs: i64) -> TimeWindow {
        TimeWindow {
            start: Timestamp::from_secs(start_secs),
            end: Timestamp::from_secs(end_secs),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn calls_are_paced_and_queries_in_flight_are_capped() {
        let logs = Recorder {
            polls_running: 2,
            ..Recorder::default()
        };
        let runner = QueryRunner::new(&logs, options(10_000));
        let group = vec!["/a".to_owned()];
        let results =
            futures::future::join_all((0..6).map(|i| runner.lines(&group, window(i * 10, i * 10 + 10))))
                .await;
        for result in results {
            assert_eq!(result.unwrap().lines.len(), 10);
        }
        let calls = logs.calls.lock().unwrap().clone();
        assert_eq!(calls.len(), 6 * 4, "one StartQuery and three polls each");
        for pair in calls.windows(2) {
            assert!(
                pair[1] - pair[0] >= Duration::from_millis(200),
                "more than 5 calls a second"
            );
        }
        assert_eq!(logs.in_flight_max.lock().unwrap().1, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_window_at_the_row_limit_is_split_until_every_part_fits() {
        let logs = Recorder::default();
        let runner = QueryRunner::new(&logs, options(16));
        let rows = runner.lines(&["/a".to_owned()], window(0, 60)).await.unwrap();
        let mut seconds: Vec<i64> = rows.lines.iter().map(|l| l.line.timestamp.secs()).collect();
        seconds.sort_unstable();
        assert_eq!(seconds, (0..60).collect::<Vec<_>>(), "every line once");
        assert!(
            rows.queries >= 7,
            "60 rows at 16 a query: split at least three levels"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_query_past_its_timeout_is_stopped() {
        let logs = Recorder {
            hang: true,
            ..Recorder::default()
        };
        let runner = QueryRunner::new(&logs, options(10_000));
        let error = runner.lines(&["/a".to_owned()], window(0, 60)).await.unwrap_err();
        assert!(matches!(error, QueryError::TimedOut { .. }));
        assert!(error.is_retryable());
        assert_eq!(*logs.stopped.lock().unwrap(), ["q0"]);
    }

    fn row(pairs: &[(&str, &str)]) -> Row {
        pairs
            .iter()
            .map(|(f, v)| ((*f).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn rows_parse_as_aws_and_local_aws_return_them() {
        let groups = vec!["/a".to_owned(), "/aws/lambda/x".to_owned()];
        let aws = parse_row(
            &row(&[
                ("@timestamp", "2026-11-24 09:00:00.123"),
                ("@message", "ERROR boom"),
                ("@log", "222222222222:/aws/lambda/x"),
            ]),
            &groups,
        )
        .unwrap();
        assert_eq!(aws.log_group, "/aws/lambda/x");
        assert_eq!(
            aws.line.timestamp,
            Timestamp::parse("2026-11-24T09:00:00.123Z").unwrap()
        );
        let epoch = parse_row(
            &row(&[("@timestamp", "1795510800123"), ("@message", "x"), ("@log", "/a")]),
            &groups,
        )
        .unwrap();
        assert_eq!(epoch.line.timestamp.millis(), 1_795_510_800_123);
        assert_eq!(epoch.log_group, "/a");
        assert!(matches!(
            parse_row(&row(&[("@timestamp", "soon"), ("@log", "/a")]), &groups),
            Err(QueryError::BadRow {
                field: "@timestamp",
                ..
            })
        ));
        assert!(matches!(
            parse_row(&row(&[("@timestamp", "1")]), &groups),
            Err(QueryError::BadRow { field: "@log", .. })
        ));
    }

    proptest! {
        #[test]
        fn aws_timestamps_round_trip(ms in 0i64..4_102_444_800_000) {
            let rfc = Timestamp::from_millis(ms).to_rfc3339();
            let aws = rfc.replace('T', " ").trim_end_matches('Z').to_owned();
            prop_assert_eq!(parse_timestamp(&aws), Some(Timestamp::from_millis(ms)));
        }
    }
}
