//! ECS Task State Change: only a task that reached `STOPPED` is judged, by the first row of
//! [`ECS_DECISIONS`] that matches its `stopCode`, its `stoppedReason` and its containers.
//!
//! The table is data so that `docs/events.md` shows it as the code runs it (a test checks that
//! the docs hold [`ecs_decision_table_markdown`]).

use serde_json::Value;

use super::{
    MonitoringEvent, Rejection, SeverityPolicy, bounded, envelope_ids, field, first_time, one_line, str_at,
};
use crate::ids::{EventId, Fingerprint};
use crate::monitoring_event::EventType;
use crate::severity::Severity;

/// What a row says about the task's containers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContainerTest {
    /// Whatever the containers did.
    Any,
    /// A container failed: it has a `reason` (`OutOfMemoryError: …`, `CannotPullContainerError:
    /// …`, `ResourceInitializationError: …`), or an exit code other than 0, or only exit codes
    /// 137/143 (killed) with no container that exited 0.
    Failed,
    /// No container failed and at least one exited 0. Exit codes 137 and 143 beside a clean
    /// exit are the other containers being stopped because the essential one finished.
    Clean,
}

/// What awsmon makes of a stopped task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EcsVerdict {
    /// Not a problem.
    Ignore,
    /// A problem, at the policy's `ecs-task-failure` severity.
    Problem,
    /// A problem at `low` severity: it shows in reports, it is not an outage by itself.
    MinorProblem,
}

/// One row of the decision table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EcsDecision {
    /// Stable name, part of the fingerprint (an OOM kill and a failed health check of
    /// the same service are two issues).
    pub id: &'static str,
    /// `stopCode`; `None` matches any, including a missing one.
    pub stop_code: Option<&'static str>,
    /// A piece of `stoppedReason` (ASCII case-insensitive); `None` matches any.
    pub reason_contains: Option<&'static str>,
    pub containers: ContainerTest,
    pub verdict: EcsVerdict,
    /// Why, for people: the docs and the ignore reason.
    pub why: &'static str,
}

const fn row(
    id: &'static str,
    stop_code: Option<&'static str>,
    reason_contains: Option<&'static str>,
    containers: ContainerTest,
    verdict: EcsVerdict,
    why: &'static str,
) -> EcsDecision {
    EcsDecision {
        id,
        stop_code,
        reason_contains,
        containers,
        verdict,
        why,
    }
}

/// The decision table for stopped ECS tasks: the first matching row decides.
pub const ECS_DECISIONS: &[EcsDecision] = {
    use ContainerTest::{Any, Clean, Failed};
    use EcsVerdict::{Ignore, MinorProblem, Problem};
    &[
        row(
            "failed-to-start",
            Some("TaskFailedToStart"),
            None,
            Any,
            Problem,
            "the task never ran: image pull, secrets, network or capacity failed (the reason says which)",
        ),
        row(
            "elb-health-check",
            Some("ServiceSchedulerInitiated"),
            Some("ELB health checks"),
            Any,
            Problem,
            "the service replaced a task its load balancer found unhealthy",
        ),
        row(
            "container-health-check",
            Some("ServiceSchedulerInitiated"),
            Some("container health checks"),
            Any,
            Problem,
            "the service replaced a task whose container health check failed",
        ),
        row(
            "scheduler-health-check",
            Some("ServiceSchedulerInitiated"),
            Some("health check"),
            Any,
            Problem,
            "the service replaced a task that failed another health check (VPC Lattice, …)",
        ),
        row(
            "scheduler",
            Some("ServiceSchedulerInitiated"),
            None,
            Any,
            Ignore,
            "the service scheduler stopped it on purpose: scale-in, deployment, rebalancing or maintenance",
        ),
        row(
            "user",
            Some("UserInitiated"),
            None,
            Any,
            Ignore,
            "someone (or their automation) called StopTask",
        ),
        row(
            "spot-interruption",
            Some("SpotInterruption"),
            None,
            Any,
            MinorProblem,
            "Fargate Spot or Spot capacity was reclaimed: expected with Spot, but the work in flight was lost",
        ),
        row(
            "termination-notice",
            Some("TerminationNotice"),
            None,
            Any,
            MinorProblem,
            "the instance under the task was terminated: the work in flight was lost",
        ),
        row(
            "infrastructure-health",
            Some("InfrastructureHealth"),
            None,
            Any,
            MinorProblem,
            "ECS stopped the task because the infrastructure under it was unhealthy: the work in flight was lost",
        ),
        row(
            "container-failed",
            Some("EssentialContainerExited"),
            None,
            Failed,
            Problem,
            "an essential container exited with an error, was killed (out of memory) or could not run",
        ),
        row(
            "clean-exit",
            Some("EssentialContainerExited"),
            None,
            Clean,
            Ignore,
            "the essential container exited 0: the task finished its work",
        ),
        row(
            "essential-exit-unknown",
            Some("EssentialContainerExited"),
            None,
            Any,
            Problem,
            "an essential container exited and no container reports a clean exit",
        ),
        row(
            "health-check",
            None,
            Some("health check"),
            Any,
            Problem,
            "the task failed its health checks",
        ),
        row(
            "failed",
            None,
            None,
            Failed,
            Problem,
            "a container exited with an error, was killed or could not run",
        ),
        row(
            "other",
            None,
            None,
            Any,
            Ignore,
            "stopped without a sign of failure",
        ),
    ]
};

/// The decision table as the Markdown table `docs/events.md` shows.
pub fn ecs_decision_table_markdown() -> String {
    let mut out = String::from(
        "| # | `stopCode` | `stoppedReason` contains | containers | verdict | why |\n\
         | --- | --- | --- | --- | --- | --- |\n",
    );
    for (i, d) in ECS_DECISIONS.iter().enumerate() {
        let code = d.stop_code.map_or("any".to_owned(), |c| format!("`{c}`"));
        let reason = d.reason_contains.map_or("any".to_owned(), |r| format!("\"{r}\""));
        let containers = match d.containers {
            ContainerTest::Any => "any",
            ContainerTest::Failed => "failed",
            ContainerTest::Clean => "clean",
        };
        let verdict = match d.verdict {
            EcsVerdict::Ignore => "ignore",
            EcsVerdict::Problem => "problem (policy severity)",
            EcsVerdict::MinorProblem => "problem (low)",
        };
        out.push_str(&format!(
            "| {} | {code} | {reason} | {containers} | {verdict} | `{}`: {} |\n",
            i + 1,
            d.id,
            d.why
        ));
    }
    out
}

/// One container as the event reports it.
struct Container<'a> {
    name: &'a str,
    exit_code: Option<i64>,
    reason: Option<&'a str>,
}

fn containers(detail: &Value) -> Result<Vec<Container<'_>>, Rejection> {
    let list = match detail.get("containers") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(field("detail.containers", "not an array")),
    };
    list.iter()
        .map(|c| {
            if !c.is_object() {
                return Err(field("detail.containers", "an item is not an object"));
            }
            let exit_code = match c.get("exitCode") {
                None | Some(Value::Null) => None,
                Some(v) => Some(
                    v.as_i64()
                        .ok_or_else(|| field("detail.containers.exitCode", "not an integer"))?,
                ),
            };
            Ok(Container {
                name: c.get("name").and_then(Value::as_str).unwrap_or("?"),
                exit_code,
                reason: c
                    .get("reason")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|r| !r.is_empty()),
            })
        })
        .collect()
}

fn killed(code: i64) -> bool {
    matches!(code, 137 | 143)
}

fn failed(containers: &[Container<'_>]) -> bool {
    let clean_exit = containers.iter().any(|c| c.exit_code == Some(0));
    containers.iter().any(|c| {
        c.reason.is_some()
            || c.exit_code
                .is_some_and(|code| code != 0 && (!killed(code) || !clean_exit))
    })
}

fn matches(d: &EcsDecision, stop_code: &str, reason: &str, containers: &[Container<'_>]) -> bool {
    d.stop_code.is_none_or(|c| c == stop_code)
        && d.reason_contains
            .is_none_or(|part| reason.to_ascii_lowercase().contains(&part.to_ascii_lowercase()))
        && match d.containers {
            ContainerTest::Any => true,
            ContainerTest::Failed => failed(containers),
            ContainerTest::Clean => !failed(containers) && containers.iter().any(|c| c.exit_code == Some(0)),
        }
}

/// The row that decides a stopped task.
fn decide_for(stop_code: &str, reason: &str, containers: &[Container<'_>]) -> &'static EcsDecision {
    ECS_DECISIONS
        .iter()
        .find(|d| matches(d, stop_code, reason, containers))
        .unwrap_or(&ECS_DECISIONS[ECS_DECISIONS.len() - 1])
}

pub(super) fn normalise(
    envelope: &Value,
    detail: &Value,
    policy: &SeverityPolicy,
) -> Result<MonitoringEvent, Rejection> {
    let (account, region) = envelope_ids(envelope)?;
    let task = str_at(detail, "/taskArn", "detail.taskArn")?;
    let last_status = str_at(detail, "/lastStatus", "detail.lastStatus")?;
    if last_status != "STOPPED" {
        return Err(Rejection::Ignored(format!(
            "ECS task is {last_status}, not STOPPED: only a stopped task is judged"
        )));
    }
    let stop_code = detail.get("stopCode").and_then(Value::as_str).unwrap_or_default();
    let reason = detail
        .get("stoppedReason")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim();
    let containers = containers(detail)?;
    let decision = decide_for(stop_code, reason, &containers);
    let severity = match decision.verdict {
        EcsVerdict::Ignore => {
            return Err(Rejection::Ignored(format!(
                "ECS task stopped (stopCode {stop_code:?}, {:?}): {}",
                one_line(reason, 200),
                decision.why
            )));
        }
        EcsVerdict::Problem => policy.rule(EventType::EcsTaskFailure).severity,
        EcsVerdict::MinorProblem => Severity::Low,
    };
    let time = first_time(detail, &["/stoppedAt", "/executionStoppedAt", "/updatedAt"])
        .or_else(|| first_time(envelope, &["/time"]))
        .ok_or_else(|| field("detail.stoppedAt", "not a time, and neither is `time`"))?;
    let group = detail.get("group").and_then(Value::as_str).unwrap_or("task");
    let cluster = detail
        .get("clusterArn")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let cluster_name = cluster.rsplit('/').next().unwrap_or(cluster);
    let cluster_name = if cluster_name.is_empty() {
        "?"
    } else {
        cluster_name
    };
    // The container's own reason says what happened (an OOM kill reads as an OOM kill); the
    // task's reason is the fallback.
    let cause = containers
        .iter()
        .find_map(|c| c.reason.map(|r| format!("container {}: {r}", c.name)))
        .or_else(|| (!reason.is_empty()).then(|| reason.to_owned()))
        .unwrap_or_else(|| decision.why.to_owned());
    // An older event (or one of a task that never started) may carry no stopCode.
    let mut context = vec![if stop_code.is_empty() {
        format!("stoppedReason: {reason}")
    } else {
        format!("stopCode {stop_code}: {reason}")
    }];
    context.extend(containers.iter().filter_map(|c| {
        let code = c.exit_code.filter(|&code| code != 0);
        match (code, c.reason) {
            (Some(code), Some(r)) => Some(format!("container {} exited with {code}: {r}", c.name)),
            (Some(code), None) => Some(format!("container {} exited with {code}", c.name)),
            (None, Some(r)) => Some(format!("container {}: {r}", c.name)),
            (None, None) => None,
        }
    }));
    context.push(format!("decision {}: {}", decision.id, decision.why));
    Ok(MonitoringEvent {
        id: EventId::derive("ecs", &[task, &time.millis().to_string()]),
        fingerprint: Fingerprint::of(&[
            "ecs-task-failure",
            account.as_ref(),
            region.as_str(),
            cluster,
            group,
            decision.id,
        ]),
        account_id: account,
        region,
        source: "aws.ecs".into(),
        event_type: EventType::EcsTaskFailure,
        severity,
        time,
        title: format!(
            "ECS task of {group} in {cluster_name} stopped: {}",
            one_line(&cause, 300)
        ),
        resource: task.into(),
        count: 1,
        resolves: false,
        context: bounded(context),
        agent_event: None,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn decide(stop_code: &str, reason: &str, containers: Value) -> &'static str {
        let detail = json!({ "containers": containers });
        decide_for(stop_code, reason, &super::containers(&detail).unwrap()).id
    }

    #[test]
    fn the_docs_show_the_decision_table_the_code_runs() {
        let docs =
            std::fs::read_to_string(format!("{}/../../docs/events.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let table = ecs_decision_table_markdown();
        assert!(docs.contains(&table), "docs/events.md must hold:\n{table}");
    }

    #[test]
    fn a_task_stopped_without_a_stop_code_is_told_by_its_reason_alone() {
        let event = json!({
            "source": "aws.ecs", "detail-type": "ECS Task State Change", "account": "111122223333",
            "region": "eu-west-1", "time": "2026-12-03T10:00:00Z",
            "detail": {
                "taskArn": "arn:aws:ecs:eu-west-1:111122223333:task/c/0a1b2c3d",
                "lastStatus": "STOPPED", "stoppedReason": "Essential container in task exited",
                "stoppedAt": "2026-12-03T10:00:00Z",
                "containers": [{"name": "app", "exitCode": 1}]
            }
        });
        let accepted = crate::monitoring_event::normalise(&event, &SeverityPolicy::default()).unwrap();
        assert_eq!(
            accepted.context[0],
            "stoppedReason: Essential container in task exited"
        );
    }

    #[test]
    fn every_row_is_reachable_and_the_last_matches_anything() {
        let last = ECS_DECISIONS.last().unwrap();
        assert_eq!(
            (last.stop_code, last.reason_contains, last.containers),
            (None, None, ContainerTest::Any)
        );
        let cases = [
            ("TaskFailedToStart", "CannotPullContainerError: x", json!([])),
            (
                "ServiceSchedulerInitiated",
                "Task failed ELB health checks in (target-group x)",
                json!([]),
            ),
            (
                "ServiceSchedulerInitiated",
                "Task failed container health checks",
                json!([]),
            ),
            (
                "ServiceSchedulerInitiated",
                "Task failed VPC Lattice health checks",
                json!([]),
            ),
            (
                "ServiceSchedulerInitiated",
                "Scaling activity initiated by (deployment ecs-svc/1)",
                json!([]),
            ),
            (
                "UserInitiated",
                "Task stopped by user",
                json!([{"exitCode": 137}]),
            ),
            ("SpotInterruption", "Your Spot Task was interrupted.", json!([])),
            ("TerminationNotice", "x", json!([])),
            ("InfrastructureHealth", "x", json!([])),
            (
                "EssentialContainerExited",
                "Essential container in task exited",
                json!([{"exitCode": 2}]),
            ),
            (
                "EssentialContainerExited",
                "Essential container in task exited",
                json!([{"exitCode": 0}]),
            ),
            (
                "EssentialContainerExited",
                "Essential container in task exited",
                json!([{}]),
            ),
            ("", "Task failed ELB health checks", json!([])),
            ("", "", json!([{"exitCode": 1}])),
            ("", "", json!([{"exitCode": 0}])),
        ];
        let reached: Vec<&str> = cases.iter().map(|(c, r, x)| decide(c, r, x.clone())).collect();
        let ids: Vec<&str> = ECS_DECISIONS.iter().map(|d| d.id).collect();
        assert_eq!(reached, ids);
    }

    #[test]
    fn killed_containers_beside_a_clean_exit_are_not_a_failure_but_alone_they_are() {
        let code = "EssentialContainerExited";
        let reason = "Essential container in task exited";
        assert_eq!(
            decide(code, reason, json!([{"exitCode": 0}, {"exitCode": 143}])),
            "clean-exit"
        );
        assert_eq!(
            decide(code, reason, json!([{"exitCode": 0}, {"exitCode": 137}])),
            "clean-exit"
        );
        assert_eq!(
            decide(code, reason, json!([{"exitCode": 137}])),
            "container-failed"
        );
        assert_eq!(
            decide(code, reason, json!([{"exitCode": 0}, {"exitCode": 1}])),
            "container-failed"
        );
        assert_eq!(
            decide(
                code,
                reason,
                json!([{"exitCode": 0}, {"exitCode": 137, "reason": "OutOfMemoryError: Container killed due to memory usage"}])
            ),
            "container-failed"
        );
        // The reason is matched whatever its case.
        assert_eq!(
            decide(
                "ServiceSchedulerInitiated",
                "task failed elb HEALTH CHECKS",
                json!([])
            ),
            "elb-health-check"
        );
    }

    #[test]
    fn malformed_containers_name_the_field() {
        for bad in [json!("x"), json!([1]), json!([{"exitCode": "1"}])] {
            let error = super::containers(&json!({ "containers": bad })).err().unwrap();
            assert!(error.to_string().contains("detail.containers"), "{error}");
        }
    }
}
