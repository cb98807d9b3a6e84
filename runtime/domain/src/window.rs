//! Gap-free query windows.
//!
//! Each watched log group has a [`Checkpoint`]: log time before `covered_until` has been
//! scanned and published. A run covers `[covered_until, now - delivery_latency)` in windows of at
//! most `max_window` (so catch-up after an outage stays bounded), each one:
//!
//! 1. recorded as `pending_end` before its query runs,
//! 2. queried and published,
//! 3. committed: `covered_until = pending_end`, `pending_end = None`.
//!
//! A run that dies between 1 and 3 leaves `pending_end` behind, and the next run repeats exactly
//! that window first: same start, same end, same lines, hence the same deterministic event ids,
//! which the master stores once. Committed windows therefore tile the timeline with no gap and
//! no overlap whatever runs are missed, time out or fail.

use crate::agent_event::TimeWindow;
use crate::timestamp::Timestamp;

/// What has been scanned for one log group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Checkpoint {
    /// Everything before this instant has been scanned and published.
    pub covered_until: Timestamp,
    /// A window `[covered_until, pending_end)` was started and not committed: redo it as is.
    pub pending_end: Option<Timestamp>,
}

impl Checkpoint {
    pub const fn at(covered_until: Timestamp) -> Self {
        Self {
            covered_until,
            pending_end: None,
        }
    }

    /// The checkpoint after `window` was started.
    pub const fn started(self, window: TimeWindow) -> Self {
        Self {
            covered_until: self.covered_until,
            pending_end: Some(window.end),
        }
    }

    /// The checkpoint after `window` was published.
    pub const fn committed(window: TimeWindow) -> Self {
        Self::at(window.end)
    }
}

/// How runs turn time into windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowPolicy {
    /// CloudWatch Logs delivers lines late: log time newer than `now - latency` is left for later.
    pub delivery_latency_ms: i64,
    /// The longest single window (also the look-back of a group's first run).
    pub max_window_ms: i64,
}

impl WindowPolicy {
    /// Where a group's scan begins on its first run: one window back from the horizon.
    pub fn first_checkpoint(&self, now: Timestamp) -> Checkpoint {
        Checkpoint::at(self.horizon(now).plus_millis(-self.max_window_ms))
    }

    /// The newest log time a run at `now` may scan (exclusive).
    pub fn horizon(&self, now: Timestamp) -> Timestamp {
        now.plus_millis(-self.delivery_latency_ms)
    }

    /// The windows a run at `now` should scan for a group at `checkpoint`, oldest first.
    /// A pending window comes first and unchanged, even if it reaches past the horizon.
    pub fn plan(&self, checkpoint: Checkpoint, now: Timestamp) -> Vec<TimeWindow> {
        let mut windows = Vec::new();
        let mut start = checkpoint.covered_until;
        if let Some(end) = checkpoint.pending_end.filter(|end| *end > start) {
            windows.push(TimeWindow { start, end });
            start = end;
        }
        let horizon = self.horizon(now);
        let step = self.max_window_ms.max(1);
        while start < horizon {
            let end = Timestamp::from_millis(start.millis().saturating_add(step).min(horizon.millis()));
            windows.push(TimeWindow { start, end });
            start = end;
        }
        windows
    }
}

/// A window cut in two at its middle (a query that hit the row limit), or `None` when it is
/// a single millisecond and cannot be cut.
pub fn split(window: TimeWindow) -> Option<(TimeWindow, TimeWindow)> {
    let length = window.end.millis() - window.start.millis();
    if length < 2 {
        return None;
    }
    let middle = window.start.plus_millis(length / 2);
    Some((
        TimeWindow {
            start: window.start,
            end: middle,
        },
        TimeWindow {
            start: middle,
            end: window.end,
        },
    ))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    const POLICY: WindowPolicy = WindowPolicy {
        delivery_latency_ms: 15_000,
        max_window_ms: 300_000,
    };

    fn t(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms)
    }

    #[test]
    fn a_late_run_catches_up_in_bounded_windows() {
        let windows = POLICY.plan(Checkpoint::at(t(0)), t(715_000));
        let bounds: Vec<(i64, i64)> = windows
            .iter()
            .map(|w| (w.start.millis(), w.end.millis()))
            .collect();
        assert_eq!(bounds, [(0, 300_000), (300_000, 600_000), (600_000, 700_000)]);
    }

    #[test]
    fn a_pending_window_is_repeated_exactly_first() {
        let checkpoint = Checkpoint {
            covered_until: t(0),
            pending_end: Some(t(250_000)),
        };
        let windows = POLICY.plan(checkpoint, t(200_000));
        assert_eq!(
            windows,
            [TimeWindow {
                start: t(0),
                end: t(250_000)
            }]
        );
    }

    #[test]
    fn splitting_keeps_both_halves_adjacent() {
        let (a, b) = split(TimeWindow {
            start: t(10),
            end: t(21),
        })
        .unwrap();
        assert_eq!((a.start, a.end, b.start, b.end), (t(10), t(15), t(15), t(21)));
        assert_eq!(
            split(TimeWindow {
                start: t(10),
                end: t(11)
            }),
            None
        );
    }

    /// What happens to one window in a simulated run.
    #[derive(Debug, Clone, Copy)]
    enum Fate {
        /// Queried, published and committed.
        Done,
        /// The run dies after recording the window as pending (maybe after publishing).
        DiesWhilePending,
        /// The run dies (timeout, crash, budget) before touching the window.
        DiesBefore,
    }

    fn fate() -> impl Strategy<Value = Fate> {
        prop_oneof![
            6 => Just(Fate::Done),
            1 => Just(Fate::DiesWhilePending),
            1 => Just(Fate::DiesBefore),
        ]
    }

    proptest! {
        /// Random run times (gaps of up to an hour are missed runs), runs that die part-way,
        /// restarts from the stored checkpoint only. The committed windows tile the timeline
        /// from the first run's start to the last horizon exactly; a window scanned twice is
        /// always the very same window (same event ids, de-duplicated by the master).
        #[test]
        fn committed_windows_tile_the_timeline(
            gaps in prop::collection::vec(1i64..3_600_000, 1..40),
            fates in prop::collection::vec(fate(), 200),
            latency in 0i64..60_000,
            max_window in 1_000i64..900_000,
        ) {
            let policy = WindowPolicy { delivery_latency_ms: latency, max_window_ms: max_window };
            let mut now = t(1_800_000_000_000);
            let mut stored = policy.first_checkpoint(now);
            let origin = stored.covered_until;
            let mut committed: Vec<TimeWindow> = Vec::new();
            let mut scanned: BTreeMap<i64, TimeWindow> = BTreeMap::new();
            let mut fates = fates.into_iter().cycle();
            for (run, gap) in gaps.iter().enumerate() {
                now = now.plus_millis(*gap);
                let last_run = run + 1 == gaps.len();
                for window in policy.plan(stored, now) {
                    let fate = if last_run { Fate::Done } else { fates.next().unwrap_or(Fate::Done) };
                    if matches!(fate, Fate::DiesBefore) {
                        break;
                    }
                    prop_assert_eq!(window.start, stored.covered_until);
                    if let Some(previous) = scanned.insert(window.start.millis(), window) {
                        prop_assert_eq!(previous, window, "a repeated scan must be the same window");
                    }
                    stored = stored.started(window);
                    if matches!(fate, Fate::DiesWhilePending) {
                        break;
                    }
                    stored = Checkpoint::committed(window);
                    committed.push(window);
                }
            }
            let mut cursor = origin;
            for window in &committed {
                prop_assert_eq!(window.start, cursor, "gap or overlap");
                prop_assert!(window.start < window.end);
                prop_assert!(window.end.millis() - window.start.millis() <= max_window);
                cursor = window.end;
            }
            prop_assert_eq!(cursor, policy.horizon(now).max(origin));
            prop_assert_eq!(stored.pending_end, None);
        }
    }
}
