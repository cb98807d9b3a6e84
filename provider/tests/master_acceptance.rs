//! `awsmon_master` acceptance, in the shape of terraform-provider-aws's: apply and check through
//! the AWS API (functions, the ingest mapping, schedules, the table, the REST API), an empty
//! second plan, import, in-place update versus replacement, drift made outside Terraform,
//! destroy leaving nothing, invalid configuration refused at plan time, and the Slack app's
//! slack-interactions function coming and going with its route. With the pinned
//! Terraform 1.0.3, and with a newer `terraform` when one is on PATH. Also: the runtime zips the
//! provider embeds are reproducible byte for byte.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use aws_sdk_lambda::types::{Environment, FunctionResponseType};
use awsmon_tests::processes::run_with_timeout;
use awsmon_tests::toolchain::{newer_terraform_on_path, terraform_binary, workspace_root};
use awsmon_tests::{LocalAws, MASTER_ACCOUNT, Terraform, account_client};
use base64::Engine;
use serde_json::Value;
use sha2::{Digest, Sha256};

const NAME: &str = "awsmon";
const FUNCTIONS: [&str; 4] = ["handle-monitoring-events", "daily-report", "check-agents", "api"];

fn master_config(aws: &LocalAws, binary: PathBuf) -> Terraform {
    Terraform::with_binary("master", binary).var("endpoint", &aws.endpoint)
}

/// The attributes of `awsmon_master.this` in `terraform show -json`.
fn master_attributes(terraform: &Terraform) -> Value {
    let shown: Value = serde_json::from_str(&terraform.succeed(&["show", "-json"])).expect("show JSON");
    shown["values"]["root_module"]["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["address"] == "awsmon_master.this")
        .map(|r| r["values"].clone())
        .expect("awsmon_master.this in state")
}

async fn function_exists(aws: &LocalAws, name: &str) -> bool {
    aws.lambda(MASTER_ACCOUNT)
        .get_function_configuration()
        .function_name(name)
        .send()
        .await
        .is_ok()
}

/// The event-source mappings of handle-monitoring-events.
async fn ingest_mappings(aws: &LocalAws) -> Vec<aws_sdk_lambda::types::EventSourceMappingConfiguration> {
    aws.lambda(MASTER_ACCOUNT)
        .list_event_source_mappings()
        .function_name(format!("{NAME}-handle-monitoring-events"))
        .send()
        .await
        .expect("mappings")
        .event_source_mappings
        .unwrap_or_default()
}

/// Everything the master made is what the fixture configured, checked through the AWS API.
async fn check_deployed(aws: &LocalAws, terraform: &Terraform, version: &str) {
    let state = master_attributes(terraform);
    let lambda = aws.lambda(MASTER_ACCOUNT);
    let api_url = state["api_url"].as_str().expect("api_url").to_owned();
    for function in FUNCTIONS {
        let name = format!("{NAME}-{function}");
        let config = lambda
            .get_function_configuration()
            .function_name(&name)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{version}: {name} exists: {e:?}"));
        assert_eq!(config.memory_size, Some(256), "{name}");
        let timeout = if function == "daily-report" { 60 } else { 20 };
        assert_eq!(
            config.timeout,
            Some(timeout),
            "{name}: its override, else the shared timeout"
        );
        assert_eq!(
            config.role.as_deref(),
            Some(format!("arn:aws:iam::{MASTER_ACCOUNT}:role/{NAME}-{function}").as_str()),
            "{name}: each function runs as its own role"
        );
        assert_eq!(
            config.code_sha256.as_deref(),
            state["code_sha256"][function].as_str(),
            "{name}: the embedded package was deployed"
        );
        assert_eq!(
            state["function_arns"][function],
            config.function_arn.clone().unwrap_or_default()
        );
        let env = config.environment.and_then(|e| e.variables).expect("environment");
        assert_eq!(env["AWSMON_TABLE_NAME"], NAME);
        assert!(env["AWSMON_DLQ_URL"].ends_with("/awsmon-ingest-dlq"), "{env:?}");
        assert_eq!(env["AWSMON_RETENTION_DAYS"], "30");
        assert_eq!(env["AWSMON_API_BASE_URL"], api_url);
        assert_eq!(
            env["AWSMON_MASTER_VERSION"],
            state["runtime_version"].as_str().unwrap_or_default()
        );
        let webhooks: Value = serde_json::from_str(&env["AWSMON_SLACK_WEBHOOK_PARAMETERS"]).expect("JSON");
        assert_eq!(webhooks["prod"], "/monitoring/awsmon/slack-prod");
        let policy: Value = serde_json::from_str(&env["AWSMON_NOTIFICATION_POLICY"]).expect("JSON");
        assert_eq!(policy["default_webhook"], "default");
        assert_eq!(policy["grouping_window_secs"], 60);
        assert_eq!(policy["routes"][0]["webhook"], "prod");
        assert_eq!(policy["routes"][0]["accounts"][0], "222222222222");
        assert_eq!(policy["routes"][0]["min_severity"], "high");
        let severities: Value = serde_json::from_str(&env["AWSMON_SEVERITY_POLICY"]).expect("JSON");
        assert_eq!(
            severities,
            serde_json::json!({"rules": [{"event_type": "error-log", "severity": "high", "realtime": false}]})
        );
        let names: Value = serde_json::from_str(&env["AWSMON_ACCOUNT_NAMES"]).expect("JSON");
        assert_eq!(names["222222222222"], "production");
        let tags = lambda
            .list_tags()
            .resource(config.function_arn.unwrap_or_default())
            .send()
            .await
            .expect("tags")
            .tags
            .unwrap_or_default();
        assert_eq!(
            tags.get("team").map(String::as_str),
            Some("platform"),
            "default_tags"
        );
        assert_eq!(tags.get("service").map(String::as_str), Some("monitoring"));
        let groups = aws
            .logs(MASTER_ACCOUNT)
            .describe_log_groups()
            .log_group_name_prefix(format!("/aws/lambda/{name}"))
            .send()
            .await
            .expect("log groups");
        assert_eq!(
            groups.log_groups.unwrap_or_default()[0].retention_in_days,
            Some(14)
        );
    }

    // The ingest queue's mapping reports item failures.
    let mappings = ingest_mappings(aws).await;
    assert_eq!(mappings.len(), 1, "{mappings:?}");
    assert_eq!(mappings[0].batch_size, Some(5));
    assert!(
        mappings[0]
            .event_source_arn()
            .unwrap_or_default()
            .ends_with(":awsmon-ingest")
    );
    assert_eq!(
        mappings[0].function_response_types(),
        [FunctionResponseType::ReportBatchItemFailures]
    );
    assert_eq!(
        state["event_source_mapping_id"],
        mappings[0].uuid.clone().unwrap_or_default()
    );

    check_triggers(aws, &state, version).await;

    // The table, exactly as the runtime's schema defines it.
    let dynamodb = account_client!(aws_sdk_dynamodb, aws, MASTER_ACCOUNT);
    let table = dynamodb
        .describe_table()
        .table_name(NAME)
        .send()
        .await
        .expect("table")
        .table
        .expect("description");
    let keys: Vec<(&str, &str)> = table
        .key_schema()
        .iter()
        .map(|k| (k.attribute_name(), k.key_type().as_str()))
        .collect();
    assert_eq!(keys, [("pk", "HASH"), ("sk", "RANGE")]);
    let mut indexes: Vec<(String, Vec<String>)> = table
        .global_secondary_indexes()
        .iter()
        .map(|i| {
            (
                i.index_name().unwrap_or_default().to_owned(),
                i.key_schema()
                    .iter()
                    .map(|k| k.attribute_name().to_owned())
                    .collect(),
            )
        })
        .collect();
    indexes.sort();
    assert_eq!(
        indexes,
        [
            ("gsi1".to_owned(), vec!["gsi1pk".to_owned(), "gsi1sk".to_owned()]),
            ("gsi2".to_owned(), vec!["gsi2pk".to_owned(), "gsi2sk".to_owned()]),
        ]
    );
    assert_eq!(
        table
            .billing_mode_summary
            .and_then(|b| b.billing_mode)
            .map(|m| m.as_str().to_owned())
            .as_deref(),
        Some("PAY_PER_REQUEST")
    );
    assert_eq!(state["table_arn"], table.table_arn.unwrap_or_default());
    let ttl = dynamodb
        .describe_time_to_live()
        .table_name(NAME)
        .send()
        .await
        .expect("ttl")
        .time_to_live_description
        .expect("ttl description");
    assert_eq!(ttl.attribute_name.as_deref(), Some("expires_at"));
    assert_eq!(
        ttl.time_to_live_status.map(|s| s.as_str().to_owned()).as_deref(),
        Some("ENABLED")
    );

    // The REST API: ANY on / and /{proxy+}, proxied to the api function, on stage v1.
    let apigateway = account_client!(aws_sdk_apigateway, aws, MASTER_ACCOUNT);
    let api_id = state["api_id"].as_str().expect("api_id").to_owned();
    assert_eq!(
        api_url,
        format!("https://{api_id}.execute-api.eu-west-1.amazonaws.com/v1")
    );
    let resources = apigateway
        .get_resources()
        .rest_api_id(&api_id)
        .send()
        .await
        .expect("resources")
        .items
        .unwrap_or_default();
    for path in ["/", "/{proxy+}"] {
        let resource = resources
            .iter()
            .find(|r| r.path() == Some(path))
            .unwrap_or_else(|| panic!("no {path} in {resources:?}"));
        let integration = apigateway
            .get_integration()
            .rest_api_id(&api_id)
            .resource_id(resource.id().unwrap_or_default())
            .http_method("ANY")
            .send()
            .await
            .expect("integration");
        assert_eq!(
            integration.r#type.map(|t| t.as_str().to_owned()).as_deref(),
            Some("AWS_PROXY")
        );
        assert!(
            integration
                .uri
                .unwrap_or_default()
                .contains(state["function_arns"]["api"].as_str().unwrap_or_default()),
            "{path} goes to the api function"
        );
    }
    let stages = apigateway
        .get_stages()
        .rest_api_id(&api_id)
        .send()
        .await
        .expect("stages")
        .item
        .unwrap_or_default();
    assert_eq!(
        stages.iter().filter_map(|s| s.stage_name()).collect::<Vec<_>>(),
        ["v1"]
    );
    // Issue 14: an unauthenticated API is throttled and open to its allowed sources only.
    let every_method = stages[0]
        .method_settings()
        .and_then(|m| m.get("*/*"))
        .expect("throttling of every method");
    assert_eq!(
        (
            every_method.throttling_rate_limit,
            every_method.throttling_burst_limit
        ),
        (10.0, 20)
    );
    let policy = apigateway
        .get_rest_api()
        .rest_api_id(&api_id)
        .send()
        .await
        .expect("rest api")
        .policy
        .unwrap_or_default();
    let policy: Value = serde_json::from_str(&policy).expect("the resource policy is JSON");
    assert_eq!(
        policy["Statement"][1]["Condition"]["NotIpAddress"]["aws:SourceIp"],
        serde_json::json!(["127.0.0.1/32"]),
        "{policy}"
    );
    assert_eq!(policy["Statement"][1]["Effect"], "Deny", "{policy}");
    assert_eq!(state["allow_unauthenticated_api"], true);
    assert_eq!(
        state["api_allowed_source_cidrs"],
        serde_json::json!(["127.0.0.1/32"])
    );
}

/// The schedules on the default bus, each targeting its function with its input, and exactly
/// the permissions the triggers need: one per schedule rule, one for the current REST API.
async fn check_triggers(aws: &LocalAws, state: &Value, version: &str) {
    let events = aws.eventbridge(MASTER_ACCOUNT);
    for (rule, expression, function, input) in [
        ("outbox", "rate(1 minute)", "handle-monitoring-events", None),
        ("daily-report", "cron(5 0 * * ? *)", "daily-report", None),
        (
            "weekly-report",
            "cron(10 0 ? * MON *)",
            "daily-report",
            Some(r#"{"kind":"weekly"}"#),
        ),
        ("check-agents", "rate(10 minutes)", "check-agents", None),
    ] {
        let rule = format!("{NAME}-{rule}");
        let described = events.describe_rule().name(&rule).send().await.expect("rule");
        assert_eq!(
            described.schedule_expression.as_deref(),
            Some(expression),
            "{rule}"
        );
        let targets = events
            .list_targets_by_rule()
            .rule(&rule)
            .send()
            .await
            .expect("targets")
            .targets
            .unwrap_or_default();
        assert_eq!(targets.len(), 1, "{rule}: {targets:?}");
        assert_eq!(
            targets[0].arn(),
            state["function_arns"][function].as_str().unwrap_or_default()
        );
        assert_eq!(targets[0].input.as_deref(), input, "{rule}");
        let dead_letters = targets[0].dead_letter_config().and_then(|d| d.arn());
        assert!(
            dead_letters.is_some_and(|arn| arn.ends_with(":awsmon-ingest-dlq")),
            "{rule}: undeliverable scheduled events go to dead_letter_queue_arn: {dead_letters:?}"
        );
    }

    let api_id = state["api_id"].as_str().expect("api_id");
    for (function, expected) in [
        ("handle-monitoring-events", vec![format!("{NAME}-outbox-invoke")]),
        (
            "daily-report",
            vec![
                format!("{NAME}-daily-report-invoke"),
                format!("{NAME}-weekly-report-invoke"),
            ],
        ),
        ("check-agents", vec![format!("{NAME}-check-agents-invoke")]),
        ("api", vec![format!("apigateway-{api_id}")]),
    ] {
        let mut found = permission_ids(aws, &format!("{NAME}-{function}")).await;
        found.sort();
        assert_eq!(found, expected, "{version}: permissions of {function}");
    }
}

/// Outside Terraform: the weekly report rule passes another input, the api function no longer
/// lets the REST API invoke it, and it carries the permission of an API that no longer exists.
async fn rewire_outside_terraform(aws: &LocalAws, terraform: &Terraform) {
    let state = master_attributes(terraform);
    let events = aws.eventbridge(MASTER_ACCOUNT);
    let target = aws_sdk_eventbridge::types::Target::builder()
        .id(format!("{NAME}-daily-report"))
        .arn(
            state["function_arns"]["daily-report"]
                .as_str()
                .unwrap_or_default(),
        )
        .input(r#"{"kind":"daily"}"#)
        .build()
        .expect("target");
    events
        .put_targets()
        .rule(format!("{NAME}-weekly-report"))
        .targets(target)
        .send()
        .await
        .expect("change the weekly rule's input");
    let lambda = aws.lambda(MASTER_ACCOUNT);
    let api_id = state["api_id"].as_str().expect("api_id");
    lambda
        .remove_permission()
        .function_name(format!("{NAME}-api"))
        .statement_id(format!("apigateway-{api_id}"))
        .send()
        .await
        .expect("remove the API's permission");
    lambda
        .add_permission()
        .function_name(format!("{NAME}-api"))
        .statement_id("apigateway-gone000000")
        .action("lambda:InvokeFunction")
        .principal("apigateway.amazonaws.com")
        .source_arn(format!(
            "arn:aws:execute-api:eu-west-1:{MASTER_ACCOUNT}:gone000000/*"
        ))
        .send()
        .await
        .expect("a stale permission");
}

/// The statement ids of `function`'s resource policy.
async fn permission_ids(aws: &LocalAws, function: &str) -> Vec<String> {
    let policy = aws
        .lambda(MASTER_ACCOUNT)
        .get_policy()
        .function_name(function)
        .send()
        .await
        .expect("function policy")
        .policy
        .unwrap_or_default();
    let policy: Value = serde_json::from_str(&policy).expect("policy JSON");
    policy["Statement"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["Sid"].as_str().map(str::to_owned))
        .collect()
}

async fn lifecycle(binary: PathBuf) {
    let aws = LocalAws::start();
    let before = aws.inventory();
    let terraform = master_config(&aws, binary);
    let version = terraform.version();
    terraform.init();
    terraform.apply();

    // 1. Everything exists with the configured values; the API answers through its function.
    check_deployed(&aws, &terraform, &version).await;
    let response = ureq::get(&aws.http_url(MASTER_ACCOUNT, &format!("{NAME}-api"), "/issues")).call();
    assert!(
        response.is_ok(),
        "{version}: GET /issues through the api function: {response:?}\n{}",
        aws.log()
    );

    // 2. Nothing to do on a second plan.
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after apply:\n{plan}");

    // 3. Import into a fresh state gives the same attributes.
    let applied = master_attributes(&terraform);
    terraform.succeed(&["state", "rm", "awsmon_master.this"]);
    terraform.succeed(&["import", "-no-color", "awsmon_master.this", NAME]);
    let imported = master_attributes(&terraform);
    assert_eq!(imported, applied, "{version}: imported state differs");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after import:\n{plan}");

    // 4. An in-place change keeps the functions.
    let terraform = terraform.var("memory_size", "512").var("batch_size", "10");
    let plan = terraform.plan_exit_code().1;
    assert!(
        plan.contains("~ memory_size") && plan.contains("update in-place"),
        "{version}:\n{plan}"
    );
    terraform.apply();
    let updated = master_attributes(&terraform);
    assert_eq!(
        updated["function_arns"], applied["function_arns"],
        "updated in place"
    );
    assert_eq!(updated["table_arn"], applied["table_arn"], "the table is kept");
    let lambda = aws.lambda(MASTER_ACCOUNT);
    for function in FUNCTIONS {
        let config = lambda
            .get_function_configuration()
            .function_name(format!("{NAME}-{function}"))
            .send()
            .await
            .expect("function");
        assert_eq!(config.memory_size, Some(512), "{function}");
    }
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after update:\n{plan}");

    // 5. Changes made outside Terraform show in the next plan, and apply puts things back.
    lambda
        .update_function_configuration()
        .function_name(format!("{NAME}-daily-report"))
        .environment(
            Environment::builder()
                .variables("AWSMON_TABLE_NAME", NAME)
                .variables("AWSMON_RETENTION_DAYS", "7")
                .build(),
        )
        .send()
        .await
        .expect("change outside Terraform");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "{version}: a changed function must show:\n{plan}");
    assert!(
        plan.contains("retention_days") && plan.contains("7"),
        "{version}:\n{plan}"
    );
    lambda
        .delete_function()
        .function_name(format!("{NAME}-api"))
        .send()
        .await
        .expect("delete outside Terraform");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "{version}: a deleted function must show:\n{plan}");
    assert!(
        plan.contains("awsmon_master.this will be updated in-place"),
        "{version}: a missing function is put back, the table is kept:\n{plan}"
    );
    terraform.apply();
    assert!(function_exists(&aws, &format!("{NAME}-api")).await, "restored");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after converging:\n{plan}");

    // A schedule's input, and the API's permission, changed outside Terraform: the plan says
    // what and shows the change, apply wires them again (and drops a stale API permission).
    rewire_outside_terraform(&aws, &terraform).await;
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "{version}: rewiring must show:\n{plan}");
    for expected in [
        "Schedule awsmon-weekly-report no longer runs awsmon-daily-report",
        "may no longer invoke awsmon-api",
        "weekly-report",
        "api_url",
    ] {
        assert!(plan.contains(expected), "{version}: {expected:?} not in:\n{plan}");
    }
    terraform.apply();
    check_triggers(&aws, &master_attributes(&terraform), &version).await;
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after rewiring:\n{plan}");

    // A failed update (an ingest queue that does not exist) keeps the queue in use consumed, and
    // the next apply converges from the state it left.
    let missing = format!("arn:aws:sqs:eu-west-1:{MASTER_ACCOUNT}:awsmon-missing");
    let terraform = terraform.var("ingest_queue_arn", &missing);
    let failed = terraform.apply_fails();
    assert!(
        failed.contains("Cannot map the ingest queue"),
        "{version}:\n{failed}"
    );
    let mappings = ingest_mappings(&aws).await;
    assert_eq!(mappings.len(), 1, "{version}: {mappings:?}");
    assert!(
        mappings[0]
            .event_source_arn()
            .unwrap_or_default()
            .ends_with(":awsmon-ingest"),
        "{version}: the queue in use is still consumed: {mappings:?}"
    );
    let terraform = terraform.var("ingest_queue_arn", "");
    terraform.apply();
    check_triggers(&aws, &master_attributes(&terraform), &version).await;
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after a failed apply:\n{plan}");

    // 6. A new name replaces the master. A replacement whose create fails is tainted; the next
    // apply replaces it again and converges.
    let terraform = terraform
        .var("name", "awsmon-renamed")
        .var("ingest_queue_arn", &missing);
    let plan = terraform.plan_exit_code().1;
    assert!(plan.contains("must be replaced"), "{version}:\n{plan}");
    let failed = terraform.apply_fails();
    assert!(
        failed.contains("Cannot map the ingest queue"),
        "{version}:\n{failed}"
    );
    let terraform = terraform.var("ingest_queue_arn", "");
    let plan = terraform.plan_exit_code().1;
    assert!(plan.contains("tainted"), "{version}:\n{plan}");
    terraform.apply();
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "{version}: plan after a failed create:\n{plan}");
    for function in FUNCTIONS {
        assert!(
            !function_exists(&aws, &format!("{NAME}-{function}")).await,
            "{function}: old one gone"
        );
        assert!(
            function_exists(&aws, &format!("awsmon-renamed-{function}")).await,
            "{function}: new one exists"
        );
    }

    // 7. Destroy leaves nothing behind (the inventory does not list REST APIs: asked apart).
    terraform.destroy();
    assert_eq!(
        aws.inventory(),
        before,
        "{version}: destroy left something behind"
    );
    let apis = account_client!(aws_sdk_apigateway, aws, MASTER_ACCOUNT)
        .get_rest_apis()
        .send()
        .await
        .expect("rest apis")
        .items
        .unwrap_or_default();
    assert!(apis.is_empty(), "{version}: REST APIs left: {apis:?}");
}

/// The REST API's resources (paths).
async fn api_resources(
    apigateway: &aws_sdk_apigateway::Client,
    api_id: &str,
) -> Vec<aws_sdk_apigateway::types::Resource> {
    apigateway
        .get_resources()
        .rest_api_id(api_id)
        .limit(500)
        .send()
        .await
        .expect("resources")
        .items
        .unwrap_or_default()
}

/// Where `POST /slack/interactions` goes (its integration's URI), when the route exists; it never
/// takes IAM.
async fn slack_route(aws: &LocalAws, api_id: &str) -> Option<(String, String)> {
    let apigateway = account_client!(aws_sdk_apigateway, aws, MASTER_ACCOUNT);
    let resources = api_resources(&apigateway, api_id).await;
    let route = resources
        .iter()
        .find(|r| r.path.as_deref() == Some("/slack/interactions"))?
        .id
        .clone()
        .unwrap_or_default();
    let method = apigateway
        .get_method()
        .rest_api_id(api_id)
        .resource_id(&route)
        .http_method("POST")
        .send()
        .await
        .expect("the route's method");
    assert_eq!(method.authorization_type.as_deref(), Some("NONE"));
    let uri = method
        .method_integration
        .and_then(|i| i.uri)
        .expect("an integration");
    Some((route, uri))
}

/// The authorization of every other route's method (`ANY` on `/` and `/{proxy+}`).
async fn other_routes_authorization(aws: &LocalAws, api_id: &str) -> Vec<Option<String>> {
    let apigateway = account_client!(aws_sdk_apigateway, aws, MASTER_ACCOUNT);
    let resources = api_resources(&apigateway, api_id).await;
    let mut found = Vec::new();
    for resource in resources
        .iter()
        .filter(|r| r.path.as_deref() != Some("/slack/interactions"))
    {
        let method = apigateway
            .get_method()
            .rest_api_id(api_id)
            .resource_id(resource.id.as_deref().unwrap_or_default())
            .http_method("ANY")
            .send()
            .await;
        if let Ok(method) = method {
            found.push(method.authorization_type);
        }
    }
    found
}

/// With the buttons: slack-interactions runs as its own role behind Slack's route, which API
/// Gateway may invoke it on and nowhere else; the api function is not behind the route.
async fn check_slack_interactions(aws: &LocalAws, terraform: &Terraform) {
    let state = master_attributes(terraform);
    let api_id = state["api_id"].as_str().expect("api_id");
    let arn = state["function_arns"]["slack-interactions"]
        .as_str()
        .expect("slack-interactions in function_arns");
    let config = aws
        .lambda(MASTER_ACCOUNT)
        .get_function_configuration()
        .function_name(format!("{NAME}-slack-interactions"))
        .send()
        .await
        .expect("slack-interactions exists");
    assert_eq!(config.function_arn.as_deref(), Some(arn));
    assert_eq!(
        config.role.as_deref(),
        Some(format!("arn:aws:iam::{MASTER_ACCOUNT}:role/{NAME}-slack-interactions").as_str())
    );
    assert_eq!(
        config.code_sha256.as_deref(),
        state["code_sha256"]["slack-interactions"].as_str()
    );
    let (_, uri) = slack_route(aws, api_id).await.expect("the Slack route");
    assert!(uri.contains(&format!("/functions/{arn}/invocations")), "{uri}");
    let policy = aws
        .lambda(MASTER_ACCOUNT)
        .get_policy()
        .function_name(arn)
        .send()
        .await
        .expect("its policy")
        .policy
        .unwrap_or_default();
    assert_eq!(permission_ids(aws, arn).await, [format!("apigateway-{api_id}")]);
    assert!(
        policy.contains(&format!(":{api_id}/*/POST/slack/interactions")),
        "API Gateway may invoke it on Slack's route only: {policy}"
    );
    // The api function is behind every other route: on this path it answers like any other.
    let on_api = ureq::post(&aws.http_url(MASTER_ACCOUNT, &format!("{NAME}-api"), "/slack/interactions"))
        .send_string("payload=%7B%7D");
    assert!(matches!(on_api, Err(ureq::Error::Status(404, _))), "{on_api:?}");
}

/// The Slack app's buttons bring slack-interactions (its own role) behind `POST
/// /slack/interactions`; a master deployed before that function existed (the route on the api
/// function, no such function) gets both on the next apply; without the buttons the function
/// and the route go.
#[tokio::test(flavor = "multi_thread")]
async fn the_buttons_have_their_own_function_and_an_older_master_gets_it_on_apply() {
    let aws = LocalAws::start();
    // With IAM on the API: Slack's route is the one without it (Slack cannot sign SigV4).
    let terraform = master_config(&aws, terraform_binary())
        .var("slack_buttons", "true")
        .var("api_authorization", "AWS_IAM");
    terraform.init();
    terraform.apply();
    check_slack_interactions(&aws, &terraform).await;
    assert_eq!(terraform.plan_exit_code().0, 0, "a plan right after apply");
    let api_id = master_attributes(&terraform)["api_id"]
        .as_str()
        .expect("api_id")
        .to_owned();
    let others = other_routes_authorization(&aws, &api_id).await;
    assert!(
        others.len() >= 2 && others.iter().all(|a| a.as_deref() == Some("AWS_IAM")),
        "every route but Slack's takes IAM: {others:?}"
    );

    // A master as deployed before: Slack's route on the api function, no slack-interactions.
    let state = master_attributes(&terraform);
    let api_id = state["api_id"].as_str().expect("api_id");
    let api_arn = state["function_arns"]["api"].as_str().expect("the api function");
    let (route, _) = slack_route(&aws, api_id).await.expect("the Slack route");
    account_client!(aws_sdk_apigateway, aws, MASTER_ACCOUNT)
        .put_integration()
        .rest_api_id(api_id)
        .resource_id(route)
        .http_method("POST")
        .r#type(aws_sdk_apigateway::types::IntegrationType::AwsProxy)
        .integration_http_method("POST")
        .uri(format!(
            "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/{api_arn}/invocations"
        ))
        .send()
        .await
        .expect("the route on the api function");
    aws.lambda(MASTER_ACCOUNT)
        .delete_function()
        .function_name(format!("{NAME}-slack-interactions"))
        .send()
        .await
        .expect("no slack-interactions yet");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "the older master must plan a change:\n{plan}");
    assert!(plan.contains("slack-interactions"), "{plan}");
    terraform.apply();
    check_slack_interactions(&aws, &terraform).await;
    assert_eq!(terraform.plan_exit_code().0, 0, "a plan after the upgrade");

    // The buttons off: the route goes, then the function.
    let terraform = terraform.var("slack_buttons", "false");
    terraform.apply();
    assert!(
        slack_route(&aws, api_id).await.is_none(),
        "the Slack route is gone"
    );
    assert!(!function_exists(&aws, &format!("{NAME}-slack-interactions")).await);
    let state = master_attributes(&terraform);
    assert!(state["function_arns"]["slack-interactions"].is_null(), "{state}");
    assert_eq!(terraform.plan_exit_code().0, 0, "a plan after the buttons went");
    terraform.destroy();
}

#[tokio::test(flavor = "multi_thread")]
async fn awsmon_master_lifecycle_with_terraform_1_0_3() {
    lifecycle(terraform_binary()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn awsmon_master_lifecycle_with_the_newer_terraform_on_path() {
    let Some(newer) = newer_terraform_on_path() else {
        eprintln!("no Terraform other than 1.0.3 on PATH: the pinned one is tested above");
        return;
    };
    lifecycle(newer).await;
}

#[test]
fn invalid_configuration_fails_the_plan_on_its_attributes_before_any_aws_call() {
    let aws = LocalAws::start();
    let terraform = master_config(&aws, terraform_binary())
        .var("memory_size", "64")
        .var("batch_size", "11")
        .var("architecture", "arm64")
        .var("log_retention_days", "31")
        .var("check_agents_schedule", "every 5 minutes")
        .var(
            "default_webhook_parameter",
            "https://hooks.slack.com/services/T000/B000/XXXX",
        )
        .var("route_webhook", "undeclared")
        .var("allow_unauthenticated_api", "false");
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
        ("Invalid memory_size", "= var.memory_size"),
        ("Invalid batch_size", "= var.batch_size"),
        ("Invalid architecture", "= var.architecture"),
        ("Invalid log_retention_days", "= var.log_retention_days"),
        // The fixture sets it under either name: this is the line of the new one.
        ("Invalid check_agents_schedule", ": var.check_agents_schedule"),
        ("Invalid slack_webhook_parameters", "slack_webhook_parameters"),
        ("Invalid route.webhook", "= var.route_webhook"),
        // Issue 14: NONE without the opt-in, on the attribute that asks for it.
        ("Unauthenticated API refused", "= var.api_authorization"),
    ] {
        assert!(text.contains(summary), "missing {summary:?} in:\n{text}");
        assert!(
            text.contains(attribute_line),
            "the diagnostic does not point at {attribute_line:?}:\n{text}"
        );
    }
    assert!(text.contains("must be 128 to 10240 MB"), "{text}");
    assert!(text.contains("not the URL"), "{text}");
    assert!(text.contains("allow_unauthenticated_api = true"), "{text}");
    assert!(
        !text.contains("stack backtrace") && !text.contains("rust_begin_unwind"),
        "backtrace leaked:\n{text}"
    );
    assert_eq!(aws.inventory(), before, "the plan changed something in AWS");
}

/// The previous release named check-agents update-deployment. Deploys the function, its log
/// group and its schedule (rule, target, permission) under the former name, removes check-agents,
/// and writes the state as that release did: without the check_agents_* attributes, with
/// update-deployment in the computed maps.
async fn deploy_as_before_the_rename(aws: &LocalAws, terraform: &Terraform) {
    let former = format!("{NAME}-update-deployment");
    let role = format!("arn:aws:iam::{MASTER_ACCOUNT}:role/{NAME}-check-agents");
    let lambda = aws.lambda(MASTER_ACCOUNT);
    let zip = std::fs::read(workspace_root().join("target/lambda/master.zip")).expect("make runtime");
    let arn = lambda
        .create_function()
        .function_name(&former)
        .runtime(aws_sdk_lambda::types::Runtime::Providedal2023)
        .handler("check-agents")
        .role(&role)
        .code(
            aws_sdk_lambda::types::FunctionCode::builder()
                .zip_file(aws_sdk_lambda::primitives::Blob::new(zip))
                .build(),
        )
        .send()
        .await
        .expect("the former function")
        .function_arn
        .unwrap_or_default();
    let logs = aws.logs(MASTER_ACCOUNT);
    logs.create_log_group()
        .log_group_name(format!("/aws/lambda/{former}"))
        .send()
        .await
        .expect("its log group");
    let events = aws.eventbridge(MASTER_ACCOUNT);
    let rule = events
        .put_rule()
        .name(&former)
        .schedule_expression("rate(10 minutes)")
        .send()
        .await
        .expect("its rule")
        .rule_arn
        .unwrap_or_default();
    let target = aws_sdk_eventbridge::types::Target::builder()
        .id(&former)
        .arn(&arn)
        .build()
        .expect("target");
    events
        .put_targets()
        .rule(&former)
        .targets(target)
        .send()
        .await
        .expect("its target");
    lambda
        .add_permission()
        .function_name(&former)
        .statement_id(format!("{former}-invoke"))
        .action("lambda:InvokeFunction")
        .principal("events.amazonaws.com")
        .source_arn(rule)
        .send()
        .await
        .expect("its permission");

    let current = format!("{NAME}-check-agents");
    events
        .remove_targets()
        .rule(&current)
        .ids(&current)
        .send()
        .await
        .expect("remove check-agents' target");
    events
        .delete_rule()
        .name(&current)
        .send()
        .await
        .expect("remove its rule");
    lambda
        .delete_function()
        .function_name(&current)
        .send()
        .await
        .expect("remove check-agents");
    logs.delete_log_group()
        .log_group_name(format!("/aws/lambda/{current}"))
        .send()
        .await
        .expect("remove its log group");

    let path = terraform.dir().join("terraform.tfstate");
    let mut state: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("state")).expect("state JSON");
    state["serial"] = (state["serial"].as_i64().unwrap_or_default() + 1).into();
    let master = state["resources"]
        .as_array_mut()
        .expect("resources")
        .iter_mut()
        .find(|r| r["type"] == "awsmon_master")
        .expect("awsmon_master in state");
    let attributes = master["instances"][0]["attributes"]
        .as_object_mut()
        .expect("attributes");
    for renamed in ["check_agents_role_arn", "check_agents_schedule"] {
        attributes.remove(renamed).expect("the new attribute");
    }
    for (map, value) in [
        ("function_arns", Some(arn)),
        ("code_sha256", None),
        ("schedules", None),
    ] {
        let map = attributes[map].as_object_mut().expect("a map");
        let kept = map.remove("check-agents").expect("check-agents");
        map.insert("update-deployment".into(), value.map(Value::from).unwrap_or(kept));
    }
    std::fs::write(&path, serde_json::to_string_pretty(&state).expect("JSON")).expect("write the state");
}

/// Whether the former function's pieces exist: function, schedule rule, log group.
async fn former_exists(aws: &LocalAws) -> [bool; 3] {
    let former = format!("{NAME}-update-deployment");
    let rule = aws
        .eventbridge(MASTER_ACCOUNT)
        .describe_rule()
        .name(&former)
        .send()
        .await;
    let groups = aws
        .logs(MASTER_ACCOUNT)
        .describe_log_groups()
        .log_group_name_prefix(format!("/aws/lambda/{former}"))
        .send()
        .await
        .expect("log groups")
        .log_groups
        .unwrap_or_default();
    [
        function_exists(aws, &former).await,
        rule.is_ok(),
        !groups.is_empty(),
    ]
}

/// Upgrade across the rename of update-deployment to check-agents: a master deployed by the
/// previous release, configured with the former attribute names, plans an in-place update with
/// deprecation warnings; the apply deploys check-agents with its schedule and removes
/// update-deployment, its schedule and log group; the former and the new names then both plan
/// nothing; destroy removes both names.
#[tokio::test(flavor = "multi_thread")]
async fn the_first_apply_after_the_rename_replaces_update_deployment_with_check_agents() {
    let aws = LocalAws::start();
    let before = aws.inventory();
    let terraform = master_config(&aws, terraform_binary()).var("former_names", "true");
    terraform.init();
    terraform.apply();
    deploy_as_before_the_rename(&aws, &terraform).await;
    assert_eq!(former_exists(&aws).await, [true; 3]);

    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "the former function goes, check-agents comes:\n{plan}");
    // Terraform aligns map keys and wraps diagnostics: compared word by word.
    let words = plan.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "awsmon_master.this will be updated in-place",
        "update_deployment_role_arn is deprecated: use check_agents_role_arn",
        "update_deployment_schedule is deprecated: use check_agents_schedule",
        "\"update-deployment\" = \"rate(10 minutes)\"",
        "\"check-agents\"",
    ] {
        assert!(words.contains(expected), "{expected:?} not in:\n{plan}");
    }
    assert!(!plan.contains("must be replaced"), "{plan}");

    terraform.apply();
    assert_eq!(
        former_exists(&aws).await,
        [false; 3],
        "the former function, rule and log group are gone"
    );
    let state = master_attributes(&terraform);
    check_triggers(&aws, &state, "after the rename").await;
    assert_eq!(
        state["check_agents_role_arn"],
        state["update_deployment_role_arn"]
    );
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "the former names plan nothing more:\n{plan}");
    let terraform = terraform.var("former_names", "false");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "renaming the attributes plans nothing:\n{plan}");

    // Destroy removes what either name deployed.
    deploy_as_before_the_rename(&aws, &terraform).await;
    terraform.destroy();
    assert_eq!(aws.inventory(), before, "destroy left something behind");
}

fn sha256_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
}

/// Every function of the registry packaged by the packaging tool, as `make runtime` does, into
/// `out_dir`.
fn package_runtime(out_dir: &Path) {
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(workspace_root())
        .args(["run", "--quiet", "--locked", "-p", "awsmon-lambda-package", "--"])
        .args(["runtime", "--out-dir"])
        .arg(out_dir);
    let output = run_with_timeout(command, Duration::from_secs(1800)).expect("run the packaging tool");
    assert!(
        output.status.success(),
        "packaging the runtime failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn two_builds_give_the_byte_identical_zips_the_provider_embeds() {
    let provider = std::fs::read(env!("CARGO_BIN_EXE_terraform-provider-awsmon")).expect("provider binary");
    let first = tempfile::tempdir().expect("temp dir");
    let second = tempfile::tempdir().expect("temp dir");
    package_runtime(first.path());
    package_runtime(second.path());
    for (_, bin) in awsmon_contract::functions::binaries() {
        let a = std::fs::read(first.path().join(format!("{bin}.zip"))).expect("first zip");
        let b = std::fs::read(second.path().join(format!("{bin}.zip"))).expect("second zip");
        assert_eq!(sha256_base64(&a), sha256_base64(&b), "{bin}: two builds differ");
        let embedded =
            std::fs::read(workspace_root().join(format!("target/lambda/{bin}.zip"))).expect("make runtime");
        assert_eq!(
            sha256_base64(&a),
            sha256_base64(&embedded),
            "{bin}: target/lambda is stale, run `make runtime`"
        );
        // The provider carries these very bytes (include_bytes!), found in its binary.
        let head = &a[..256];
        let found = provider
            .windows(head.len())
            .enumerate()
            .any(|(at, window)| window == head && provider.get(at..at + a.len()) == Some(a.as_slice()));
        assert!(found, "{bin}: the provider binary does not embed this zip");
    }
}
