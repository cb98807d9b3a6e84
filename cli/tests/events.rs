//! `awsmon events normalise` end to end: the built binary, stdin to stdout, on the labelled real
//! payloads of `runtime/domain/fixtures/events`.

mod support;

use awsmon_domain::monitoring_event::{Expected, MonitoringEvent, Outcome, Rejection};
use serde_json::Value;

struct Fixture {
    name: String,
    line: String,
    expected: Expected,
}

fn fixtures() -> Vec<Fixture> {
    let dir = format!("{}/../runtime/domain/fixtures/events", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && !n.ends_with(".expected.json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|file| {
            let name = file.trim_end_matches(".json").to_owned();
            let body: Value =
                serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{file}")).expect("read"))
                    .expect("fixture JSON");
            let expected = serde_json::from_str(
                &std::fs::read_to_string(format!("{dir}/{name}.expected.json")).expect("expected"),
            )
            .expect("expected JSON");
            Fixture {
                name,
                line: body.to_string(),
                expected,
            }
        })
        .collect()
}

/// Run `awsmon <args>` with `stdin`; returns stdout and the exit status.
fn awsmon(args: &[&str], stdin: &[u8]) -> (String, std::process::ExitStatus) {
    let output = support::awsmon(args, stdin);
    (
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        output.status,
    )
}

/// The outcome line as the domain result it stands for, so that `Expected::check` judges it.
fn as_result(outcome: &Value) -> Result<MonitoringEvent, Rejection> {
    let reason = || outcome["reason"].as_str().expect("a reason").to_owned();
    match outcome["outcome"].as_str().expect("an outcome") {
        "accept" => Ok(serde_json::from_value(outcome["event"].clone()).expect("a MonitoringEvent")),
        "ignore" => Err(Rejection::Ignored(reason())),
        "reject" => Err(Rejection::NotJson(reason())),
        other => panic!("unknown outcome {other:?}"),
    }
}

#[test]
fn every_real_payload_gets_its_expected_outcome_one_line_each_in_order() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 40);
    let stdin: String = fixtures.iter().map(|f| format!("{}\n", f.line)).collect();
    let (stdout, status) = awsmon(&["events", "normalise"], stdin.as_bytes());
    assert!(status.success());
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), fixtures.len(), "one output line per input line");
    let mut wrong = Vec::new();
    for (fixture, line) in fixtures.iter().zip(&lines) {
        let outcome: Value = serde_json::from_str(line).expect("each line is one JSON object");
        let keys: Vec<&str> = outcome
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        match outcome["outcome"].as_str() {
            Some("accept") => {
                assert_eq!(keys.len(), 2, "{line}");
                for field in [
                    "event_type",
                    "severity",
                    "resolves",
                    "account_id",
                    "region",
                    "title",
                    "resource",
                    "context",
                ] {
                    assert!(
                        outcome["event"].get(field).is_some(),
                        "{}: no {field}",
                        fixture.name
                    );
                }
            }
            Some("ignore" | "reject") => {
                assert_eq!(keys.len(), 2, "{line}");
                assert!(!outcome["reason"].as_str().unwrap_or_default().is_empty());
            }
            other => panic!("{}: outcome {other:?}", fixture.name),
        }
        if let Err(why) = fixture.expected.check(&as_result(&outcome)) {
            wrong.push(format!("{}: {why}", fixture.name));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_guardduty_update_is_another_occurrence_of_the_same_finding() {
    let fixtures = fixtures();
    let line = |name: &str| {
        fixtures
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("{name}"))
            .line
            .clone()
    };
    let stdin = format!(
        "{}\n{}\n",
        line("guardduty-sample-ec2"),
        line("guardduty-severity-high")
    );
    let (stdout, _) = awsmon(&["events", "normalise"], stdin.as_bytes());
    let events: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["event"].clone())
        .collect();
    assert_eq!(events[0]["fingerprint"], events[1]["fingerprint"]);
    assert_ne!(events[0]["id"], events[1]["id"]);
    assert_eq!(
        (events[0]["severity"].as_str(), events[1]["severity"].as_str()),
        (Some("medium"), Some("high"))
    );
}

#[test]
fn a_closed_health_event_resolves_the_open_one() {
    let fixtures = fixtures();
    let pick = |name: &str| fixtures.iter().find(|f| f.name == name).unwrap().line.clone();
    let stdin = format!(
        "{}\n{}\n",
        pick("health-operational-issue-open"),
        pick("health-operational-issue-closed")
    );
    let (stdout, _) = awsmon(&["events", "normalise"], stdin.as_bytes());
    let events: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["event"].clone())
        .collect();
    assert_eq!(events.len(), 2);
    for key in ["fingerprint", "account_id", "region"] {
        assert_eq!(events[0][key], events[1][key], "{key}");
    }
    assert_eq!(events[0]["resolves"], false);
    assert_eq!(events[1]["resolves"], true);
}

#[test]
fn malformed_lines_are_rejected_and_the_stream_goes_on() {
    let fixtures = fixtures();
    let alarm = &fixtures
        .iter()
        .find(|f| f.name == "alarm-single-metric")
        .unwrap()
        .line;
    let mut broken: Value = serde_json::from_str(alarm).unwrap();
    broken["account"] = Value::from("12");
    let mut stdin = Vec::new();
    stdin.extend_from_slice(b"{not json\n\xc3\x28\n[1,2]\n");
    stdin.extend_from_slice(format!("{broken}\n{alarm}\n").as_bytes());
    let (stdout, status) = awsmon(&["events", "normalise"], &stdin);
    assert!(status.success());
    let outcomes: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let kinds: Vec<&str> = outcomes.iter().map(|o| o["outcome"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["reject", "reject", "reject", "reject", "accept"]);
    assert!(outcomes[3]["reason"].as_str().unwrap().contains("`account`"));
    assert_eq!(Outcome::of(&as_result(&outcomes[4])), Outcome::Accept);
}

#[test]
fn a_severity_policy_file_changes_the_severity() {
    let dir = std::env::temp_dir().join(format!("awsmon-events-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = dir.join("policy.json");
    std::fs::write(
        &policy,
        r#"{"rules": [{"event_type": "ecs-task-failure", "severity": "critical", "realtime": true}]}"#,
    )
    .unwrap();
    let fixtures = fixtures();
    let oom = &fixtures
        .iter()
        .find(|f| f.name == "ecs-stopped-oom")
        .unwrap()
        .line;
    let (stdout, status) = awsmon(
        &[
            "events",
            "normalise",
            "--severity-policy",
            policy.to_str().unwrap(),
        ],
        format!("{oom}\n").as_bytes(),
    );
    assert!(status.success());
    let outcome: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(outcome["event"]["severity"], "critical");
    std::fs::remove_dir_all(&dir).ok();
}

/// `--custom-sources FILE` reads the docs' example (`runtime/domain/fixtures/custom`): an RDS
/// instance failure and a Step Functions execution that failed are accepted as configured, the
/// events that resolve them resolve, and without the file every one is rejected as before.
#[test]
fn custom_sources_read_events_as_their_definitions_say() {
    let dir = format!("{}/../runtime/domain/fixtures/custom", env!("CARGO_MANIFEST_DIR"));
    let names = [
        "rds-instance-failure",
        "rds-instance-restarted",
        "rds-instance-backup",
        "sfn-execution-failed",
        "sfn-execution-succeeded",
    ];
    let mut input = String::new();
    for name in names {
        let body: Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{name}.json")).unwrap()).unwrap();
        input.push_str(&format!("{body}\n"));
    }
    let definitions = format!("{dir}/custom-sources.json");
    let (stdout, status) = awsmon(
        &["events", "normalise", "--custom-sources", &definitions],
        input.as_bytes(),
    );
    assert!(status.success());
    let outcomes: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(outcomes.len(), names.len(), "{stdout}");
    let kinds: Vec<&str> = outcomes.iter().map(|o| o["outcome"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["accept", "accept", "reject", "accept", "accept"],
        "{stdout}"
    );
    let failure = &outcomes[0]["event"];
    assert_eq!(failure["event_type"], "custom-event");
    assert_eq!(failure["severity"], "high");
    assert_eq!(
        failure["title"],
        "RDS orders-db: The database instance has failed."
    );
    assert_eq!(
        failure["resource"],
        "arn:aws:rds:eu-west-1:123456789012:db:orders-db"
    );
    assert_eq!(failure["resolves"], false);
    assert_eq!(outcomes[1]["event"]["resolves"], true);
    assert_eq!(outcomes[1]["event"]["fingerprint"], failure["fingerprint"]);
    assert!(outcomes[2]["reason"].as_str().unwrap().contains("unsupported"));
    let failed = &outcomes[3]["event"];
    assert_eq!(
        failed["title"],
        "Step Functions execution nightly-2026-11-24 is FAILED"
    );
    assert_eq!(failed["severity"], "medium");
    assert_eq!(outcomes[4]["event"]["resolves"], true);

    let (stdout, status) = awsmon(&["events", "normalise"], input.as_bytes());
    assert!(status.success());
    assert!(
        stdout
            .lines()
            .all(|l| l.contains("\"outcome\":\"reject\"") && l.contains("unsupported")),
        "without custom sources: {stdout}"
    );

    // A bad definition is a usage error naming the file and what is wrong, before any line.
    let bad = std::env::temp_dir().join(format!("awsmon-custom-{}.json", std::process::id()));
    std::fs::write(
        &bad,
        r#"{"rds": {"pattern": "{\"source\": [\"aws.rds\"]}", "title": "t", "severity": "urgent"}}"#,
    )
    .unwrap();
    let output = support::awsmon(
        &["events", "normalise", "--custom-sources", bad.to_str().unwrap()],
        b"",
    );
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("severity") && stderr.contains("info, low, medium, high, critical"),
        "{stderr}"
    );
    std::fs::remove_file(&bad).ok();
}
