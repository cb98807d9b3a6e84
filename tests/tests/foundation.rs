//! Foundation acceptance: the local stack every other test stands on tells the truth.
//! Each test starts its own local AWS and leaves no process behind.

use std::process::Command;
use std::time::{Duration, Instant};

use aws_sdk_eventbridge::types::{PutEventsRequestEntry, Target};
use aws_sdk_sqs::types::QueueAttributeName;
use awsmon_tests::lambda_deploy::{build_zip, deploy, map_queue};
use awsmon_tests::processes::run_with_timeout;
use awsmon_tests::toolchain::{newer_terraform_on_path, workspace_root};
use awsmon_tests::{AGENT_ACCOUNT, LocalAws, MASTER_ACCOUNT, REGION, Terraform};
use serde_json::{Value, json};

async fn eventually<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn receive_bodies(aws: &LocalAws, account: &str, url: &str) -> Vec<String> {
    aws.sqs(account)
        .receive_message()
        .queue_url(url)
        .max_number_of_messages(10)
        .send()
        .await
        .expect("receive")
        .messages
        .unwrap_or_default()
        .into_iter()
        .filter_map(|m| m.body)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_event_put_in_the_agent_account_arrives_in_the_master_queue() {
    let aws = LocalAws::start();
    let master = aws.eventbridge(MASTER_ACCOUNT);
    let bus_arn = master
        .create_event_bus()
        .name("awsmon")
        .send()
        .await
        .expect("bus")
        .event_bus_arn
        .expect("arn");
    let (queue_url, queue_arn) = aws.create_queue(MASTER_ACCOUNT, "ingest", &[]).await;
    master
        .put_rule()
        .name("to-ingest")
        .event_bus_name("awsmon")
        .event_pattern(json!({"source": ["demo.app"]}).to_string())
        .send()
        .await
        .expect("master rule");
    master
        .put_targets()
        .rule("to-ingest")
        .event_bus_name("awsmon")
        .targets(
            Target::builder()
                .id("queue")
                .arn(&queue_arn)
                .build()
                .expect("target"),
        )
        .send()
        .await
        .expect("master target");

    let agent = aws.eventbridge(AGENT_ACCOUNT);
    agent
        .put_rule()
        .name("forward")
        .event_pattern(json!({"source": ["demo.app"]}).to_string())
        .send()
        .await
        .expect("agent rule");
    agent
        .put_targets()
        .rule("forward")
        .targets(
            Target::builder()
                .id("master-bus")
                .arn(&bus_arn)
                .build()
                .expect("target"),
        )
        .send()
        .await
        .expect("agent target");
    let entry = PutEventsRequestEntry::builder()
        .source("demo.app")
        .detail_type("Demo")
        .detail(r#"{"n":1}"#)
        .build();

    // Before the master allows the agent account, the forwarded event is dropped, as AWS does.
    agent
        .put_events()
        .entries(entry.clone())
        .send()
        .await
        .expect("put before permission");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        receive_bodies(&aws, MASTER_ACCOUNT, &queue_url).await.is_empty(),
        "delivered without permission"
    );

    master
        .put_permission()
        .event_bus_name("awsmon")
        .action("events:PutEvents")
        .principal(AGENT_ACCOUNT)
        .statement_id("agent")
        .send()
        .await
        .expect("permission");
    let put = agent.put_events().entries(entry).send().await.expect("put");
    let event_id = put.entries.unwrap_or_default()[0]
        .event_id
        .clone()
        .expect("event id");

    let bodies = eventually("the forwarded event", || async {
        let bodies = receive_bodies(&aws, MASTER_ACCOUNT, &queue_url).await;
        (!bodies.is_empty()).then_some(bodies)
    })
    .await;
    assert_eq!(bodies.len(), 1);
    let event: Value = serde_json::from_str(&bodies[0]).expect("event JSON");
    assert_eq!(event["id"], event_id.as_str(), "forwarding keeps the event id");
    assert_eq!(
        event["account"], AGENT_ACCOUNT,
        "the event names the account it came from"
    );
    assert_eq!(event["detail"], json!({"n": 1}));
}

#[test]
fn terraform_applies_the_foundation_resources_and_a_second_plan_is_empty() {
    let aws = LocalAws::start();
    let before = aws.inventory();
    let mut binaries = vec![awsmon_tests::toolchain::terraform_binary()];
    // Also the newer Terraform of the machine image, when there is one on PATH.
    if let Some(newer) = newer_terraform_on_path() {
        binaries.push(newer);
    }
    for binary in binaries {
        let terraform = Terraform::with_binary("foundation", binary)
            .var("endpoint", &aws.endpoint)
            .var("account_id", MASTER_ACCOUNT)
            .var("agent_account_id", AGENT_ACCOUNT);
        let version = terraform.version();
        terraform.init();
        terraform.apply();
        let outputs = terraform.outputs();
        assert_eq!(
            outputs["bus_arn"]["value"],
            format!("arn:aws:events:{REGION}:{MASTER_ACCOUNT}:event-bus/awsmon-foundation"),
            "{version}: applied in the assumed account"
        );
        let (code, plan) = terraform.plan_exit_code();
        assert_eq!(code, 0, "{version}: the plan after apply must be empty:\n{plan}");
        let during = aws.inventory();
        let bus = format!("arn:aws:events:{REGION}:{MASTER_ACCOUNT}:event-bus/awsmon-foundation");
        for made in [
            bus.clone(),
            format!("{bus}#policy"),
            format!("arn:aws:dynamodb:{REGION}:{MASTER_ACCOUNT}:table/awsmon-foundation"),
        ] {
            assert!(
                during.contains(&made),
                "{version}: {made} missing after apply: {during:?}"
            );
        }
        assert_eq!(
            during.len(),
            6,
            "{version}: bus, its policy, two queues, table, role: {during:?}"
        );
        terraform.destroy();
        assert_eq!(
            aws.inventory(),
            before,
            "{version}: destroy left something behind"
        );
    }
}

/// The packaging tool's summary of a build of hello into another target directory.
fn build_hello_elsewhere(target_dir: &std::path::Path, out: &std::path::Path) -> Value {
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(workspace_root())
        .args([
            "run",
            "--quiet",
            "-p",
            "awsmon-lambda-package",
            "--",
            "build",
            "--package",
            "awsmon-hello",
        ])
        .args(["--bin", "hello", "--target-dir"])
        .arg(target_dir)
        .arg("--out")
        .arg(out);
    let output = run_with_timeout(command, Duration::from_secs(1200)).expect("run the packaging tool");
    assert!(
        output.status.success(),
        "packaging hello failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(stdout.lines().last().unwrap_or_default()).expect("packaging summary JSON")
}

fn sha256_file(path: &std::path::Path) -> String {
    std::fs::read_to_string(path.with_extension("zip.sha256"))
        .expect("the packaging tool writes <zip>.sha256")
}

#[test]
fn the_hello_lambda_links_against_glibc_2_34_at_most_and_builds_reproducibly() {
    let zip = build_zip("awsmon-hello", "hello");
    // Independent of the packaging tool's own ELF check: objdump on the unpacked binary.
    let unpacked = tempfile::tempdir().expect("temp dir");
    let status = Command::new("unzip")
        .arg("-q")
        .arg(&zip)
        .arg("-d")
        .arg(unpacked.path())
        .status()
        .expect("unzip");
    assert!(status.success());
    let objdump = Command::new("objdump")
        .arg("-T")
        .arg(unpacked.path().join("bootstrap"))
        .output()
        .expect("objdump");
    let symbols = String::from_utf8_lossy(&objdump.stdout);
    let newest = symbols
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .filter_map(|word| word.strip_prefix("GLIBC_"))
        .filter_map(|v| {
            let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
            Some((parts.next()??, parts.next().flatten().unwrap_or(0)))
        })
        .max()
        .expect("bootstrap links against glibc");
    assert!(
        newest <= (2, 34),
        "bootstrap needs GLIBC_{}.{} but Lambda al2023 has 2.34",
        newest.0,
        newest.1
    );

    // A second build from scratch, in another target directory, gives the same bytes.
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let second = build_hello_elsewhere(
        &elsewhere.path().join("target"),
        &elsewhere.path().join("hello.zip"),
    );
    assert_eq!(
        second["sha256"],
        sha256_file(&zip).trim(),
        "two builds of the same source differ"
    );
}

async fn deploy_hello(aws: &LocalAws, account: &str) -> String {
    deploy(aws, account, "hello", &build_zip("awsmon-hello", "hello"), &[]).await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_executor_runs_hello_from_a_schedule_an_sqs_mapping_and_http() {
    let aws = LocalAws::start();
    let function_arn = deploy_hello(&aws, AGENT_ACCOUNT).await;

    // A schedule rule, fired as EventBridge fires it.
    let events = aws.eventbridge(AGENT_ACCOUNT);
    events
        .put_rule()
        .name("every-5-minutes")
        .schedule_expression("rate(5 minutes)")
        .send()
        .await
        .expect("rule");
    events
        .put_targets()
        .rule("every-5-minutes")
        .targets(
            Target::builder()
                .id("hello")
                .arn(&function_arn)
                .build()
                .expect("target"),
        )
        .send()
        .await
        .expect("target");
    let runs = aws.run_schedule(AGENT_ACCOUNT, "every-5-minutes");
    assert_eq!(runs.len(), 1);
    let answer: Value = serde_json::from_str(&runs[0].payload).expect("hello answer");
    assert_eq!(answer["function"], "hello");
    assert_eq!(answer["event"]["detail-type"], "Scheduled Event");
    assert_eq!(runs[0].record.trigger, "schedule");
    assert!(runs[0].record.cold_start && runs[0].record.init_ms.is_some_and(|ms| ms > 0.0));

    // An SQS mapping: one failing message -> partial batch response -> only it is retried,
    // then it goes to the DLQ after maxReceiveCount receives.
    let (dlq_url, dlq_arn) = aws.create_queue(AGENT_ACCOUNT, "hello-dlq", &[]).await;
    let redrive = json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 2}).to_string();
    let (queue_url, queue_arn) = aws
        .create_queue(
            AGENT_ACCOUNT,
            "hello-work",
            &[
                (QueueAttributeName::VisibilityTimeout, "1"),
                (QueueAttributeName::RedrivePolicy, &redrive),
            ],
        )
        .await;
    let sqs = aws.sqs(AGENT_ACCOUNT);
    for body in ["first", "please fail", "third"] {
        sqs.send_message()
            .queue_url(&queue_url)
            .message_body(body)
            .send()
            .await
            .expect("send");
    }
    map_queue(&aws, AGENT_ACCOUNT, &queue_arn, &function_arn, 10).await;
    let dead = eventually("the failing message in the DLQ", || async {
        let bodies = receive_bodies(&aws, AGENT_ACCOUNT, &dlq_url).await;
        (!bodies.is_empty()).then_some(bodies)
    })
    .await;
    assert_eq!(dead, vec!["please fail".to_owned()]);
    let sqs_runs: Vec<_> = aws
        .invocations()
        .into_iter()
        .filter(|i| i.trigger == "sqs")
        .collect();
    assert_eq!(
        sqs_runs.len(),
        2,
        "one batch of three, then the failed message alone: {sqs_runs:?}"
    );
    assert!(
        receive_bodies(&aws, AGENT_ACCOUNT, &queue_url).await.is_empty(),
        "the others were deleted"
    );

    // The HTTP front: a request becomes an API Gateway proxy event.
    let response = ureq::get(&aws.http_url(AGENT_ACCOUNT, "hello", "/issues?status=open"))
        .call()
        .expect("GET");
    let body: Value = response.into_json().expect("JSON body");
    assert_eq!(body["event"]["httpMethod"], "GET");
    assert_eq!(body["event"]["path"], "/issues");
    assert_eq!(body["event"]["queryStringParameters"], json!({"status": "open"}));

    let all = aws.invocations();
    assert!(
        all.iter()
            .all(|i| i.status == "success" && i.max_memory_kb.is_some_and(|kb| kb > 0)),
        "{all:?}"
    );
    assert_eq!(
        all.iter().filter(|i| i.cold_start).count(),
        1,
        "one warm instance served them all"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_logs_insights_filter_returns_only_the_matching_lines() {
    let aws = LocalAws::start();
    let logs = aws.logs(AGENT_ACCOUNT);
    logs.create_log_group()
        .log_group_name("/aws/lambda/orders")
        .send()
        .await
        .expect("group");
    logs.create_log_stream()
        .log_group_name("/aws/lambda/orders")
        .log_stream_name("s")
        .send()
        .await
        .expect("stream");
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64;
    let lines = [
        "INFO order 1 accepted",
        "ERROR payment declined for order 2",
        "WARN slow",
        "Unhandled error in handler",
    ];
    let mut put = logs
        .put_log_events()
        .log_group_name("/aws/lambda/orders")
        .log_stream_name("s");
    for (i, line) in lines.iter().enumerate() {
        put = put.log_events(
            aws_sdk_cloudwatchlogs::types::InputLogEvent::builder()
                .timestamp(now_ms - 4000 + i as i64 * 1000)
                .message(*line)
                .build()
                .expect("log event"),
        );
    }
    put.send().await.expect("put log events");

    let query_id = logs
        .start_query()
        .log_group_names("/aws/lambda/orders")
        .start_time(now_ms / 1000 - 60)
        .end_time(now_ms / 1000)
        .query_string("fields @timestamp, @message | filter @message like /(?i)error/ | sort @timestamp asc")
        .send()
        .await
        .expect("start query")
        .query_id
        .expect("query id");
    let results = eventually("the query to complete", || async {
        let page = logs
            .get_query_results()
            .query_id(&query_id)
            .send()
            .await
            .expect("results");
        (page.status.as_ref().map(|s| s.as_str()) == Some("Complete")).then_some(page)
    })
    .await;
    let messages: Vec<String> = results
        .results
        .unwrap_or_default()
        .iter()
        .flat_map(|row| {
            row.iter()
                .filter(|f| f.field.as_deref() == Some("@message"))
                .filter_map(|f| f.value.clone())
        })
        .collect();
    assert_eq!(
        messages,
        vec!["ERROR payment declined for order 2", "Unhandled error in handler"]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn stopping_local_aws_leaves_no_process_behind() {
    let aws = LocalAws::start();
    deploy_hello(&aws, AGENT_ACCOUNT).await;
    let invoked = aws
        .lambda(AGENT_ACCOUNT)
        .invoke()
        .function_name("hello")
        .send()
        .await
        .expect("invoke");
    assert!(invoked.function_error.is_none());
    let functions = aws.functions_dir();
    let launcher = aws.pid();
    let running = |pattern: &str| {
        let found = Command::new("pgrep")
            .args(["-f", pattern])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&found.stdout).trim().to_owned()
    };
    assert!(
        !running(&functions.display().to_string()).is_empty(),
        "the warm bootstrap should be running"
    );
    drop(aws);
    assert_eq!(
        running(&functions.display().to_string()),
        "",
        "a function process survived"
    );
    assert!(
        !std::path::Path::new(&format!("/proc/{launcher}")).exists(),
        "the launcher survived"
    );
}

#[test]
fn a_second_run_of_the_installer_downloads_nothing() {
    // Every registry is made unreachable: the run can only succeed from what is cached.
    let fake_bin = tempfile::tempdir().expect("temp dir");
    let apt = fake_bin.path().join("apt-get");
    std::fs::write(
        &apt,
        "#!/bin/sh\necho 'apt-get must not run on a second install' >&2\nexit 1\n",
    )
    .expect("fake apt");
    Command::new("chmod").arg("+x").arg(&apt).status().expect("chmod");
    // The tools every goal needs, then the ones only lint and the module READMEs need.
    let mut stdout = String::new();
    for args in [&[][..], &["--lint"][..]] {
        let mut command = Command::new("bash");
        command
            .arg(workspace_root().join("tools/install.sh"))
            .args(args)
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    fake_bin.path().display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .env("PIP_INDEX_URL", "http://127.0.0.1:9/simple")
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", "")
            .env("CARGO_NET_OFFLINE", "true");
        let output = run_with_timeout(command, Duration::from_secs(120)).expect("run installer");
        let out = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "install.sh {args:?}:\n{out}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout.push_str(&out);
    }
    let steps: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("[tools]") && !l.contains("all tools ready"))
        .collect();
    // Every tool the installer provides answered, each once.
    let tools = [
        "terraform 1.0.3",
        "hashicorp/aws",
        "moto server venv",
        "dev venv",
        "checkov venv",
        "module docs venv",
        "cargo-zigbuild",
        "protoc",
    ];
    assert_eq!(steps.len(), tools.len(), "{stdout}");
    for tool in tools {
        assert!(
            steps.iter().any(|l| l.starts_with(&format!("[tools] {tool}"))),
            "no {tool} step:\n{stdout}"
        );
    }
    assert!(
        steps.iter().all(|l| l.ends_with(": cached")),
        "something was fetched again:\n{stdout}"
    );
}
