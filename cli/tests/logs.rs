//! The `awsmon logs` protocol end to end: the built binary, stdin to stdout.

mod support;

use std::process::Output;

fn awsmon(args: &[&str], stdin: &str) -> Output {
    support::awsmon(args, stdin.as_bytes())
}

fn stdout_lines(output: &Output) -> Vec<String> {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

fn jsonl(messages: &[&str]) -> String {
    messages
        .iter()
        .map(|m| format!("{}\n", serde_json::json!({ "message": m })))
        .collect()
}

#[test]
fn classify_says_true_or_false_for_each_line_in_order() {
    let messages = [
        "2026-11-24T09:00:07.123Z 3f1e2a Task timed out after 6.00 seconds",
        "2026-11-24 09:00:01,123 INFO batch done, 0 errors",
        r#"{"level":"ERROR","message":"Payment failed","service":"payments","cold_start":true}"#,
        r#"{"level":30,"msg":"error_count=0"}"#,
        "Traceback (most recent call last):\n  File \"/var/task/app.py\", line 3, in handler\nKeyError: 'id'",
    ];
    let output = awsmon(&["logs", "classify", "--jsonl"], &jsonl(&messages));
    assert_eq!(stdout_lines(&output), ["true", "false", "true", "false", "true"]);
}

#[test]
fn fingerprints_group_the_same_problem_and_templates_explain_why() {
    let messages = [
        "[ERROR]\t2026-11-24T09:00:01.123Z\t3f1e-aa\tPayment declined for order 474d3a0b (amount 7.30 GBP)",
        "[ERROR]\t2026-11-25T10:11:12.000Z\t9b2c-bb\tPayment declined for order A-77656 (amount 896.46 EUR)",
        "[ERROR]\t2026-11-25T10:11:12.000Z\t9b2c-bb\tPayment accepted for order A-77656 (amount 896.46 EUR)",
    ];
    let fingerprints = stdout_lines(&awsmon(&["logs", "fingerprint", "--jsonl"], &jsonl(&messages)));
    assert_eq!(fingerprints.len(), 3);
    assert!(
        fingerprints
            .iter()
            .all(|f| f.len() == 16 && f.bytes().all(|b| b.is_ascii_hexdigit()))
    );
    assert_eq!(fingerprints[0], fingerprints[1]);
    assert_ne!(fingerprints[1], fingerprints[2]);
    let templates = stdout_lines(&awsmon(
        &["logs", "fingerprint", "--jsonl", "--template"],
        &jsonl(&messages),
    ));
    // (The closing `(amount ...)` is context, dropped from the template.)
    assert_eq!(templates[0], "Payment declined for order <*>");
    // Plain text: one message per line.
    let plain = stdout_lines(&awsmon(
        &["logs", "fingerprint"],
        "user 1 failed\nuser 2 failed\n",
    ));
    assert_eq!(plain[0], plain[1]);
}

/// `--log-group` answers "why are these two lines one issue?" as the master does: the same line
/// in two log groups is two issues, and the fingerprint printed is the one `awsmon events
/// normalise` gives the agent's event carrying that line.
#[test]
fn a_log_groups_fingerprint_is_the_issue_the_master_opens() {
    let timeout = "2026-11-24T09:00:07.123Z 3f1e Task timed out after 6.00 seconds";
    let in_group = |group: &str| {
        stdout_lines(&awsmon(
            &["logs", "fingerprint", "--log-group", group],
            &format!("{timeout}\n"),
        ))
    };
    let (orders, billing) = (in_group("/aws/lambda/orders"), in_group("/aws/lambda/billing"));
    assert_ne!(orders, billing);
    let line = stdout_lines(&awsmon(&["logs", "fingerprint"], &format!("{timeout}\n")));
    assert_ne!(orders, line, "an issue is not the line's own fingerprint");

    let detail = serde_json::json!({
        "schema_version": 1,
        "id": "err-0123456789abcdef0123456789abcdef",
        "agent": {"account_id": "222222222222", "region": "eu-west-1", "agent_version": "0.1.0"},
        "log_group": "/aws/lambda/orders",
        "fingerprint": line[0],
        "fingerprint_version": 2,
        "template": "Task timed out after <*> seconds",
        "count": 1,
        "first_seen": "2026-11-24T09:00:07.123Z",
        "last_seen": "2026-11-24T09:00:07.123Z",
        "samples": [timeout],
        "window": {"start": "2026-11-24T09:00:00.000Z", "end": "2026-11-24T09:05:00.000Z"}
    });
    let envelope = serde_json::json!({"version": "0", "id": "x", "source": "awsmon.agent",
        "detail-type": "awsmon.error-log", "account": "222222222222", "time": "2026-11-24T09:05:00Z",
        "region": "eu-west-1", "resources": [], "detail": detail});
    let normalised = stdout_lines(&awsmon(&["events", "normalise"], &format!("{envelope}\n")));
    let outcome: serde_json::Value = serde_json::from_str(&normalised[0]).expect("JSON");
    assert_eq!(outcome["outcome"], "accept", "{outcome}");
    assert_eq!(outcome["event"]["fingerprint"], orders[0]);

    // A template is the line's: it names no log group. (No input: the refused command exits
    // before it would read any, and a write to its stdin would break the pipe.)
    let both = awsmon(&["logs", "fingerprint", "--template", "--log-group", "x"], "");
    assert!(!both.status.success());
}

#[test]
fn redact_prints_each_message_redacted_json_escaped_with_jsonl() {
    let messages = ["login failed for bob@example.com", "line one\nline \"two\""];
    let lines = stdout_lines(&awsmon(&["logs", "redact", "--jsonl"], &jsonl(&messages)));
    assert_eq!(lines.len(), 2, "a multi-line message stays one output line");
    let first: String = serde_json::from_str(&lines[0]).expect("a JSON string");
    assert!(!first.contains("bob@example.com"), "{first}");
    let second: String = serde_json::from_str(&lines[1]).expect("a JSON string");
    assert_eq!(second, "line one\nline \"two\"");
    let plain = stdout_lines(&awsmon(&["logs", "redact"], "password=hunter2 in config\n"));
    assert!(!plain[0].contains("hunter2"), "{}", plain[0]);
}

/// The kinds the held-out corpus revealed, through the CLI (one line each, invented values):
/// none survives, and the clean lines beside them come out as they went in.
#[test]
fn redact_removes_the_held_out_kinds_and_keeps_their_look_alikes() {
    let planted = [
        (
            "LAUNCHDARKLY_SDK_KEY=sdk-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "0a1b2c3d-4e5f",
        ),
        (
            "access_token$production$invented0example$0123456789abcdef0123456789abcdef",
            "invented0example",
        ),
        (
            "POST https://hooks.zapier.com/hooks/catch/1234567/INVENTED/",
            "INVENTED",
        ),
        (
            "orders-db.internal:5432:orders:app:Inv3ntedPgpass",
            "Inv3ntedPgpass",
        ),
        (
            "machine h.example.com login ci password Inv3ntedNetrc",
            "Inv3ntedNetrc",
        ),
        ("requirepass Inv3ntedRedis", "Inv3ntedRedis"),
        ("iban=GB86EXAM12345612345678", "GB86EXAM"),
        ("National Insurance number: PR123456D", "PR123456D"),
        ("passport no. Q1234567", "Q1234567"),
    ];
    let clean = [
        "token_type=Bearer expires_in=3600 scope=openid",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIINVENTEDexample0123456789abcdefGHIJKLmnopqr deploy@build",
        "secret_arn=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/payments/api-Xy3AbC",
        "Lambda CodeSha256=INVENTEDe+s3OE0JaAj9VPgJNI/4NlUH45hZauk0Nh3=",
        "too many wrong password attempts for bob",
    ];
    let messages: Vec<&str> = planted.iter().map(|(m, _)| *m).chain(clean).collect();
    let lines = stdout_lines(&awsmon(&["logs", "redact", "--jsonl"], &jsonl(&messages)));
    assert_eq!(lines.len(), messages.len());
    for (line, (message, secret)) in lines.iter().zip(planted) {
        let redacted: String = serde_json::from_str(line).expect("a JSON string");
        assert!(!redacted.contains(secret), "{message} -> {redacted}");
    }
    for (line, message) in lines[planted.len()..].iter().zip(clean) {
        let redacted: String = serde_json::from_str(line).expect("a JSON string");
        assert_eq!(redacted, message);
    }
}

#[test]
fn malformed_input_names_its_line_and_fails() {
    let input = format!("{}not json\n", jsonl(&["ok"]));
    for command in ["classify", "fingerprint", "redact"] {
        let output = awsmon(&["logs", command, "--jsonl"], &input);
        assert!(!output.status.success(), "{command}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("line 2"), "{command}: {stderr}");
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).lines().count(),
            1,
            "line 1 was answered"
        );
    }
}

#[test]
fn many_lines_stream_through() {
    let input: String = (0..20_000)
        .map(|i| format!("worker {i} crashed with code {}\n", i % 7))
        .collect();
    let lines = stdout_lines(&awsmon(&["logs", "fingerprint"], &input));
    assert_eq!(lines.len(), 20_000);
    assert!(lines.iter().all(|l| l == &lines[0]));
}
