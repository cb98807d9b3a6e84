//! `awsmon_agent` acceptance, in the shape of terraform-provider-aws's: apply and check through
//! the AWS API, an empty second plan, import, in-place update versus replacement, drift made
//! outside Terraform, destroy leaving nothing, and invalid configuration refused at plan time.
//! With the pinned Terraform 1.0.3, and with a newer `terraform` when one is on PATH.

use std::path::PathBuf;

use aws_sdk_lambda::types::Environment;
use awsmon_tests::toolchain::{newer_terraform_on_path, terraform_binary};
use awsmon_tests::{AGENT_ACCOUNT, LocalAws, MASTER_ACCOUNT, Terraform};
use serde_json::Value;

const NAME: &str = "awsmon-agent";

fn agent_config(aws: &LocalAws, binary: PathBuf) -> Terraform {
    Terraform::with_binary("agent", binary).var("endpoint", &aws.endpoint)
}

/// The attributes of `awsmon_agent.this` in `terraform show -json`.
fn agent_attributes(terraform: &Terraform) -> Value {
    let shown: Value = serde_json::from_str(&terraform.succeed(&["show", "-json"])).expect("show JSON");
    shown["values"]["root_module"]["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["address"] == "awsmon_agent.this")
        .map(|r| r["values"].clone())
        .expect("awsmon_agent.this in state")
}

async fn function_environment(aws: &LocalAws, name: &str) -> Option<serde_json::Map<String, Value>> {
    let config = aws
        .lambda(AGENT_ACCOUNT)
        .get_function_configuration()
        .function_name(name)
        .send()
        .await
        .ok()?;
    let vars = config.environment?.variables?;
    Some(vars.into_iter().map(|(k, v)| (k, Value::String(v))).collect())
}

async fn lifecycle(binary: PathBuf) {
    let aws = LocalAws::start();
    let before = aws.inventory();
    let terraform = agent_config(&aws, binary);
    let version = terraform.version();
    terraform.init();
    terraform.apply();

    // 1. Everything exists, with the configured values, in the agent's account.
    let lambda = aws.lambda(AGENT_ACCOUNT);
    let function = lambda
        .get_function()
        .function_name(NAME)
        .send()
        .await
        .expect("the agent function exists");
    let config = function.configuration.expect("configuration");
    assert_eq!(
        config.runtime.map(|r| r.as_str().to_owned()).as_deref(),
        Some("provided.al2023"),
        "{version}"
    );
    let env = config.environment.and_then(|e| e.variables).expect("environment");
    assert_eq!(env["CW_LOG_GROUPS_CHUNK_SIZE"], "10");
    assert_eq!(env["CW_INSIGHTS_QUERY_DURATION"], "300");
    assert_eq!(env["AWSMON_LOG_GROUP_PREFIXES"], "/aws/lambda/");
    assert_eq!(
        env["AWSMON_MASTER_BUS_ARN"],
        format!("arn:aws:events:eu-west-1:{MASTER_ACCOUNT}:event-bus/awsmon")
    );
    let tags = function.tags.expect("tags");
    assert_eq!(
        tags.get("team").map(String::as_str),
        Some("platform"),
        "default_tags applied"
    );
    assert_eq!(tags.get("service").map(String::as_str), Some("monitoring"));
    let state = agent_attributes(&terraform);
    assert_eq!(
        config.code_sha256.as_deref(),
        state["code_sha256"].as_str(),
        "the embedded package was deployed"
    );
    assert_eq!(state["agent_id"], format!("{AGENT_ACCOUNT}/eu-west-1"));
    let events = aws.eventbridge(AGENT_ACCOUNT);
    let rule = events
        .describe_rule()
        .name(format!("{NAME}-schedule"))
        .send()
        .await
        .expect("schedule rule");
    assert_eq!(rule.schedule_expression.as_deref(), Some("rate(5 minutes)"));
    let targets = events
        .list_targets_by_rule()
        .rule(format!("{NAME}-schedule"))
        .send()
        .await
        .expect("targets");
    assert_eq!(
        targets.targets.unwrap_or_default()[0].arn(),
        config.function_arn.as_deref().unwrap_or_default()
    );
    let groups = aws
        .logs(AGENT_ACCOUNT)
        .describe_log_groups()
        .log_group_name_prefix(format!("/aws/lambda/{NAME}"))
        .send()
        .await;
    assert_eq!(
        groups.expect("log groups").log_groups.unwrap_or_default()[0].retention_in_days,
        Some(30)
    );
    // The deployment was announced on the master bus.
    let queue = terraform.outputs()["announcements_queue_url"]["value"]
        .as_str()
        .expect("queue url")
        .to_owned();
    let received = aws
        .sqs(MASTER_ACCOUNT)
        .receive_message()
        .queue_url(&queue)
        .max_number_of_messages(10)
        .send()
        .await;
    let bodies: Vec<Value> = received
        .expect("receive")
        .messages
        .unwrap_or_default()
        .iter()
        .filter_map(|m| serde_json::from_str(m.body.as_deref()?).ok())
        .collect();
    assert!(
        bodies.iter().any(|b| b["detail-type"] == "awsmon.deployment"
            && b["detail"]["action"] == "deployed"
            && b["account"] == AGENT_ACCOUNT),
        "{version}: no deployment announcement in {bodies:?}"
    );

    // 2. Nothing to do on a second plan.
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after apply:\n{plan}");

    // 3. Import into a fresh state gives the same attributes.
    let applied = agent_attributes(&terraform);
    terraform.succeed(&["state", "rm", "awsmon_agent.this"]);
    terraform.succeed(&["import", "-no-color", "awsmon_agent.this", NAME]);
    let imported = agent_attributes(&terraform);
    assert_eq!(imported, applied, "{version}: imported state differs");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after import:\n{plan}");

    // 4. An in-place change keeps the function; a new name replaces it.
    let arn = applied["function_arn"].as_str().expect("arn").to_owned();
    let terraform = terraform.var("chunk_size", "20");
    let plan = terraform.plan_exit_code().1;
    assert!(
        plan.contains("~ chunk_size") && plan.contains("update in-place"),
        "{version}:\n{plan}"
    );
    terraform.apply();
    assert_eq!(
        agent_attributes(&terraform)["function_arn"],
        arn.as_str(),
        "updated in place"
    );
    assert_eq!(
        function_environment(&aws, NAME).await.expect("env")["CW_LOG_GROUPS_CHUNK_SIZE"],
        "20"
    );
    let terraform = terraform.var("name", "awsmon-agent-renamed");
    let plan = terraform.plan_exit_code().1;
    assert!(plan.contains("must be replaced"), "{version}:\n{plan}");
    terraform.apply();
    assert!(
        function_environment(&aws, NAME).await.is_none(),
        "the old function is gone"
    );
    assert!(
        function_environment(&aws, "awsmon-agent-renamed").await.is_some(),
        "the new one exists"
    );

    // 5. Changes made outside Terraform show in the next plan: a schedule that runs nothing
    // (its target removed), with a warning saying so, put back by apply.
    let events = aws.eventbridge(AGENT_ACCOUNT);
    events
        .remove_targets()
        .rule("awsmon-agent-renamed-schedule")
        .ids("awsmon-agent-renamed")
        .send()
        .await
        .expect("remove the schedule's target outside Terraform");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "{version}: a schedule without target must show:\n{plan}");
    assert!(
        plan.contains("Schedule awsmon-agent-renamed-schedule no longer runs awsmon-agent-renamed")
            && plan.contains("schedule_expression"),
        "{version}:\n{plan}"
    );
    terraform.apply();
    let targets = events
        .list_targets_by_rule()
        .rule("awsmon-agent-renamed-schedule")
        .send()
        .await
        .expect("targets")
        .targets
        .unwrap_or_default();
    assert_eq!(targets.len(), 1, "{version}: the target is back: {targets:?}");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after rewiring:\n{plan}");

    // The function's configuration changed outside Terraform.
    lambda
        .update_function_configuration()
        .function_name("awsmon-agent-renamed")
        .environment(
            Environment::builder()
                .variables("CW_LOG_GROUPS_CHUNK_SIZE", "33")
                .build(),
        )
        .send()
        .await
        .expect("change outside Terraform");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "{version}: a changed function must show:\n{plan}");
    assert!(
        plan.contains("chunk_size") && plan.contains("33"),
        "{version}:\n{plan}"
    );
    lambda
        .delete_function()
        .function_name("awsmon-agent-renamed")
        .send()
        .await
        .expect("delete outside Terraform");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "{version}: a deleted function must show:\n{plan}");
    assert!(
        plan.contains("awsmon_agent.this will be created"),
        "{version}:\n{plan}"
    );
    terraform.apply(); // converges again

    // 6. Destroy leaves nothing behind.
    terraform.destroy();
    assert_eq!(
        aws.inventory(),
        before,
        "{version}: destroy left something behind"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn awsmon_agent_lifecycle_with_terraform_1_0_3() {
    lifecycle(terraform_binary()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn awsmon_agent_lifecycle_with_the_newer_terraform_on_path() {
    let Some(newer) = newer_terraform_on_path() else {
        eprintln!("no Terraform other than 1.0.3 on PATH: the pinned one is tested above");
        return;
    };
    lifecycle(newer).await;
}

#[test]
fn invalid_configuration_fails_the_plan_on_its_attributes_before_any_aws_call() {
    let aws = LocalAws::start();
    let terraform = agent_config(&aws, terraform_binary())
        .var("chunk_size", "51")
        .var("window_seconds", "10")
        .var("architecture", "arm64")
        .var(
            "master_bus_arn",
            "arn:aws:events:eu-west-1:111111111111:rule/not-a-bus",
        );
    terraform.init();
    let before = aws.inventory();
    let output = terraform.run(&["plan", "-no-color"]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(output.status.code(), Some(1), "{text}");
    for (summary, attribute_line) in [
        ("Invalid chunk_size", "chunk_size         = var.chunk_size"),
        (
            "Invalid window_seconds",
            "window_seconds     = var.window_seconds",
        ),
        ("Invalid architecture", "architecture       = var.architecture"),
        ("Invalid master_bus_arn", "master_bus_arn"),
    ] {
        assert!(text.contains(summary), "missing {summary:?} in:\n{text}");
        assert!(
            text.contains(attribute_line),
            "the diagnostic does not point at {attribute_line:?}:\n{text}"
        );
    }
    assert!(text.contains("must be 1 to 50 log groups"), "{text}");
    assert!(
        !text.contains("stack backtrace") && !text.contains("rust_begin_unwind"),
        "backtrace leaked:\n{text}"
    );
    assert_eq!(aws.inventory(), before, "the plan changed something in AWS");
}

/// `allowed_account_ids` stops a plan made with another account's credentials before anything
/// changes, on the attribute; the right account plans as usual.
#[test]
fn credentials_of_an_account_not_allowed_stop_the_plan() {
    let aws = LocalAws::start();
    let wrong = agent_config(&aws, terraform_binary()).var("allowed_account_ids", r#"["333333333333"]"#);
    wrong.init();
    let before = aws.inventory();
    let output = wrong.run(&["plan", "-no-color"]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("Account not allowed"), "{text}");
    // Terraform wraps the detail: its two halves.
    assert!(
        text.contains(&format!("account {AGENT_ACCOUNT}, which is not in"))
            && text.contains("allowed_account_ids (333333333333)"),
        "{text}"
    );
    assert!(
        text.contains("allowed_account_ids = var.allowed_account_ids"),
        "the diagnostic does not point at the attribute:\n{text}"
    );
    assert_eq!(aws.inventory(), before, "the plan changed something in AWS");
    let right =
        agent_config(&aws, terraform_binary()).var("allowed_account_ids", &format!(r#"["{AGENT_ACCOUNT}"]"#));
    right.init();
    right.succeed(&["plan", "-no-color"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_deployed_agent_runs_on_its_schedule_and_reports_to_the_master() {
    let aws = LocalAws::start();
    let terraform = agent_config(&aws, terraform_binary());
    terraform.init();
    terraform.apply();
    let runs = aws.run_schedule(AGENT_ACCOUNT, &format!("{NAME}-schedule"));
    assert_eq!(runs.len(), 1);
    assert_eq!(
        runs[0].record.status,
        "success",
        "{}\n{}",
        runs[0].payload,
        aws.log()
    );
    let queue = terraform.outputs()["announcements_queue_url"]["value"]
        .as_str()
        .expect("queue url")
        .to_owned();
    let mut detail_types = Vec::new();
    for _ in 0..50 {
        let page = aws
            .sqs(MASTER_ACCOUNT)
            .receive_message()
            .queue_url(&queue)
            .max_number_of_messages(10)
            .send()
            .await;
        for message in page.expect("receive").messages.unwrap_or_default() {
            let body: Value =
                serde_json::from_str(message.body.as_deref().unwrap_or("null")).expect("event JSON");
            detail_types.push(body["detail-type"].as_str().unwrap_or_default().to_owned());
        }
        if detail_types.iter().any(|t| t == "awsmon.heartbeat") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(
        detail_types.iter().any(|t| t == "awsmon.heartbeat"),
        "no heartbeat reached the master: {detail_types:?}\n{}",
        aws.log()
    );
    terraform.destroy();
}
