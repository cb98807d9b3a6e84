use awsmon_domain::Severity;
use awsmon_domain::monitoring_event::{EventType, SeverityPolicy};
use tf_provider::schema::NestedBlock;

use super::*;
use crate::aws::DeployedFunction;
use crate::values::string_map;

const ROLE: &str = "arn:aws:iam::111111111111:role/awsmon-master";

fn config() -> MasterState<'static> {
    MasterState {
        name: Value::Value("awsmon".into()),
        handle_monitoring_events_role_arn: Value::Value(ROLE.into()),
        daily_report_role_arn: Value::Value(ROLE.into()),
        check_agents_role_arn: Value::Value(ROLE.into()),
        api_role_arn: Value::Value(ROLE.into()),
        ingest_queue_arn: Value::Value("arn:aws:sqs:eu-west-1:111111111111:awsmon-ingest".into()),
        dlq_url: Value::Value("https://sqs.eu-west-1.amazonaws.com/111111111111/awsmon-dlq".into()),
        slack_webhook_parameters: value_map(BTreeMap::from([
            ("default".to_owned(), "/awsmon/slack-default".to_owned()),
            (
                "prod".to_owned(),
                "/aws/reference/secretsmanager/awsmon-prod".to_owned(),
            ),
        ])),
        route: Value::Value(vec![]),
        ..Default::default()
    }
}

fn route(webhook: &str) -> Value<RouteBlock<'static>> {
    Value::Value(RouteBlock {
        webhook: Value::Value(webhook.to_owned().into()),
        accounts: Value::Value(vec![Value::Value("222222222222".into())]),
        min_severity: Value::Value("high".into()),
        event_types: Value::Null,
    })
}

fn paths(diags: &Diagnostics) -> Vec<String> {
    diags
        .errors
        .iter()
        .map(|d| format!("{:?}", d.attribute))
        .collect()
}

/// Each number is the contract's: the schema describes it with its range and default,
/// validation refuses one past either end on its attribute, and an unset one gets the
/// default; the ones the runtime reads reach it as the runtime parses them.
#[test]
fn every_number_is_the_contracts_in_schema_validation_defaults_and_environment() {
    let schema = schema();
    let mut planned = config();
    planned.notification_policy = Value::Value(NotificationPolicyBlock {
        default_webhook: Value::Value("default".into()),
        ..Default::default()
    });
    let planned = with_defaults(planned);
    let policy = planned.notification_policy.as_ref_option().unwrap();
    let policy_numbers = [
        (&master::GROUPING_WINDOW_SECONDS, &policy.grouping_window_seconds),
        (&master::REPEAT_INTERVAL_SECONDS, &policy.repeat_interval_seconds),
    ];
    let NestedBlock::Optional(policy_block) = &schema.block.blocks["notification_policy"] else {
        panic!("notification_policy is an optional block");
    };
    for (setting, value) in numbers(&planned).into_iter().chain(policy_numbers) {
        let (block, name) = match setting.attribute.split_once('.') {
            Some((_, name)) => (&policy_block.attributes, name),
            None => (&schema.block.attributes, setting.attribute),
        };
        assert_eq!(block[name].description.content, setting.description());
        assert_eq!(number(value), Some(setting.default), "{}", setting.attribute);
        for (v, valid) in [
            (setting.min, true),
            (setting.max, true),
            (setting.min - 1, false),
            (setting.max + 1, false),
        ] {
            let mut state = planned.clone();
            match setting.attribute {
                "batch_size" => state.batch_size = Value::Value(v),
                "retention_days" => state.retention_days = Value::Value(v),
                "notification_max_age_seconds" => state.notification_max_age_seconds = Value::Value(v),
                "memory_size" => state.memory_size = Value::Value(v),
                "timeout" => state.timeout = Value::Value(v),
                "api_throttling_rate_limit" => state.api_throttling_rate_limit = Value::Value(v),
                "api_throttling_burst_limit" => state.api_throttling_burst_limit = Value::Value(v),
                "notification_policy.grouping_window_seconds" => {
                    if let Value::Value(p) = &mut state.notification_policy {
                        p.grouping_window_seconds = Value::Value(v);
                    }
                }
                "notification_policy.repeat_interval_seconds" => {
                    if let Value::Value(p) = &mut state.notification_policy {
                        p.repeat_interval_seconds = Value::Value(v);
                    }
                }
                other => panic!("{other} is a new number: set it here"),
            }
            let mut diags = Diagnostics::default();
            validate_config(&state, &mut diags);
            let range = setting.range();
            let on_it = diags.errors.iter().any(|d| d.detail.contains(&range));
            assert_eq!(!on_it, valid, "{} = {v}: {:?}", setting.attribute, diags.errors);
        }
    }
    let env = environment(&planned);
    let parsed = awsmon_master::config::MasterConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
    assert_eq!(i64::from(parsed.retention_days), master::RETENTION_DAYS.default);
    assert_eq!(
        parsed.notification_max_age_ms,
        master::NOTIFICATION_MAX_AGE_SECONDS.default * 1000
    );
    assert_eq!(
        parsed.notification_policy.grouping_window_secs,
        master::GROUPING_WINDOW_SECONDS.default.unsigned_abs()
    );
}

/// Issue 14: `api_authorization = "NONE"` made the API public with nothing more said.
#[test]
fn an_unauthenticated_api_needs_the_opt_in_and_an_allow_list_on_their_attributes() {
    let errors = |state: &MasterState<'_>| -> Vec<(String, String, String)> {
        let mut diags = Diagnostics::default();
        validate_config(state, &mut diags);
        diags
            .errors
            .iter()
            .map(|d| {
                (
                    d.summary.to_string(),
                    format!("{:?}", d.attribute),
                    d.detail.to_string(),
                )
            })
            // The fixture's other attributes are not what is tested here.
            .filter(|(_, attribute, _)| attribute.contains("\"api_"))
            .collect()
    };
    let mut state = with_defaults(config());
    state.api_authorization = Value::Value("NONE".into());
    let refused = errors(&state);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].0, "Unauthenticated API refused");
    assert!(refused[0].1.contains("api_authorization"), "{refused:?}");
    assert!(
        refused[0].2.contains("allow_unauthenticated_api = true"),
        "{refused:?}"
    );

    state.allow_unauthenticated_api = Value::Value(true);
    let refused = errors(&state);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(refused[0].1.contains("api_allowed_source_cidrs"), "{refused:?}");

    state.api_allowed_source_cidrs = Value::Value(vec![Value::Value("10.0.0.0/8".into())]);
    assert!(errors(&state).is_empty(), "{:?}", errors(&state));
    state.api_allowed_source_cidrs = Value::Value(vec![Value::Value("10.0.0.0".into())]);
    assert_eq!(errors(&state)[0].0, "Invalid api_allowed_source_cidrs");

    // Unknown at plan time: checked at apply instead.
    state.api_allowed_source_cidrs = Value::Value(vec![]);
    state.allow_unauthenticated_api = Value::Unknown;
    assert!(errors(&state).iter().all(|e| !e.1.contains("api_authorization")));
    // AWS_IAM needs neither.
    let mut iam = with_defaults(config());
    iam.api_authorization = Value::Value("AWS_IAM".into());
    assert!(errors(&iam).is_empty(), "{:?}", errors(&iam));
    // And refuses an allow-list nothing would apply (every plan would show it as a change),
    // on that attribute; the same with the default authorization.
    iam.api_allowed_source_cidrs = Value::Value(vec![Value::Value("10.0.0.0/8".into())]);
    let refused = errors(&iam);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].0, "Source CIDRs without an unauthenticated API");
    assert!(refused[0].1.contains("api_allowed_source_cidrs"), "{refused:?}");
    iam.api_authorization = Value::Null;
    assert_eq!(errors(&iam).len(), 1, "{:?}", errors(&iam));
    iam.api_authorization = Value::Unknown;
    assert!(errors(&iam).is_empty(), "unknown at plan time: checked at apply");
}

#[test]
fn the_environment_uses_the_runtimes_names_and_reads_back() {
    let mut planned = config();
    planned.notification_policy = Value::Value(NotificationPolicyBlock {
        default_webhook: Value::Value("default".into()),
        grouping_window_seconds: Value::Value(60),
        repeat_interval_seconds: Value::Null,
    });
    planned.route = Value::Value(vec![route("prod")]);
    planned.account_names = value_map(BTreeMap::from([("222222222222".to_owned(), "prod".to_owned())]));
    planned.api_url = Value::Value("https://abc.execute-api.eu-west-1.amazonaws.com/v1".into());
    let planned = with_defaults(planned);
    let env = environment(&planned);
    assert_eq!(env["AWSMON_TABLE_NAME"], "awsmon");
    assert_eq!(env["AWSMON_RETENTION_DAYS"], "90");
    assert_eq!(env["AWSMON_MASTER_VERSION"], artifact::RUNTIME_VERSION);
    assert_eq!(
        env["AWSMON_API_BASE_URL"],
        "https://abc.execute-api.eu-west-1.amazonaws.com/v1"
    );
    let policy: serde_json::Value = serde_json::from_str(&env["AWSMON_NOTIFICATION_POLICY"]).unwrap();
    assert_eq!(policy["grouping_window_secs"], 60);
    assert_eq!(policy["repeat_interval_secs"], 14_400);
    assert_eq!(policy["routes"][0]["min_severity"], "high");
    // The runtime parses exactly what the provider writes.
    let parsed = awsmon_master::config::MasterConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
    assert_eq!(parsed.notification_policy.routes[0].webhook, "prod");
    assert_eq!(parsed.webhook_parameters.len(), 2);

    let mut read = MasterState {
        notification_policy: planned.notification_policy.clone(),
        route: planned.route.clone(),
        ..Default::default()
    };
    apply_environment(&mut read, &env);
    assert_eq!(read.notification_policy, planned.notification_policy);
    assert_eq!(read.route, planned.route);
    assert_eq!(read.slack_webhook_parameters, planned.slack_webhook_parameters);
    assert_eq!(read.account_names, planned.account_names);
    assert_eq!(read.retention_days, planned.retention_days);
    assert_eq!(read.dlq_url, planned.dlq_url);
    assert_eq!(read.master_version, planned.master_version);
}

#[test]
fn without_a_policy_block_the_runtimes_default_applies_and_reads_back_as_none() {
    let planned = with_defaults(config());
    let env = environment(&planned);
    assert!(!env.contains_key("AWSMON_NOTIFICATION_POLICY"));
    let mut read = MasterState::default();
    apply_environment(&mut read, &env);
    assert!(read.notification_policy.is_null());
    assert_eq!(read.route, Value::Value(vec![]));
    assert!(read.account_names.is_null());
}

#[test]
fn invalid_settings_are_diagnosed_on_their_attribute() {
    let mut bad = config();
    bad.memory_size = Value::Value(64);
    bad.timeout = Value::Value(901);
    bad.batch_size = Value::Value(11);
    bad.architecture = Value::Value("arm64".into());
    bad.log_retention_days = Value::Value(31);
    bad.check_agents_schedule = Value::Value("every 5 minutes".into());
    bad.api_role_arn = Value::Value("arn:aws:iam::111111111111:user/x".into());
    bad.ingest_queue_arn = Value::Value("awsmon-ingest".into());
    bad.dead_letter_queue_arn = Value::Value("arn:aws:sns:eu-west-1:111111111111:awsmon-undelivered".into());
    bad.slack_webhook_parameters = value_map(BTreeMap::from([(
        "default".to_owned(),
        "https://hooks.slack.com/services/T/B/X".to_owned(),
    )]));
    bad.route = Value::Value(vec![route("undeclared")]);
    bad.function_override = Value::Value(
        [("reports", 512, 60), ("api", 64, 901), ("api", 256, 30)]
            .map(|(function, memory_size, timeout)| {
                Value::Value(FunctionOverrideBlock {
                    function: Value::Value(function.into()),
                    memory_size: Value::Value(memory_size),
                    timeout: Value::Value(timeout),
                })
            })
            .to_vec(),
    );
    let mut diags = Diagnostics::default();
    validate_config(&bad, &mut diags);
    let paths = paths(&diags);
    assert_eq!(diags.errors.len(), 15, "{paths:?}");
    for expected in [
        r#"Attribute("function_override"), Index(0), Attribute("function")"#,
        r#"Attribute("function_override"), Index(1), Attribute("memory_size")"#,
        r#"Attribute("function_override"), Index(1), Attribute("timeout")"#,
        r#"Attribute("function_override"), Index(2), Attribute("function")"#,
    ] {
        assert!(
            paths.iter().any(|p| p.contains(expected)),
            "{expected} not in {paths:?}"
        );
    }
    for expected in [
        "memory_size",
        "timeout",
        "batch_size",
        "architecture",
        "log_retention_days",
        "check_agents_schedule",
        "api_role_arn",
        "ingest_queue_arn",
        "dead_letter_queue_arn",
        "slack_webhook_parameters",
        "route",
    ] {
        assert!(
            paths.iter().any(|p| p.contains(expected)),
            "{expected} not in {paths:?}"
        );
    }
}

fn severity_rule(
    event_type: &str,
    severity: &str,
    realtime: Option<bool>,
) -> Value<SeverityRuleBlock<'static>> {
    Value::Value(SeverityRuleBlock {
        event_type: Value::Value(event_type.to_owned().into()),
        severity: Value::Value(severity.to_owned().into()),
        realtime: realtime.map_or(Value::Null, Value::Value),
    })
}

#[test]
fn severity_rules_reach_the_runtime_and_read_back() {
    let mut planned = config();
    planned.severity_rule = Value::Value(vec![
        severity_rule("error-log", "critical", None),
        severity_rule("heartbeat", "low", Some(true)),
    ]);
    let planned = with_defaults(planned);
    // An omitted realtime is the event type's default (error logs go to reports only).
    assert_eq!(
        planned.severity_rule,
        Value::Value(vec![
            severity_rule("error-log", "critical", Some(false)),
            severity_rule("heartbeat", "low", Some(true)),
        ])
    );
    let env = environment(&planned);
    let parsed = awsmon_master::config::MasterConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
    let rule = parsed.severity_policy.rule(EventType::ErrorLog);
    assert_eq!((rule.severity, rule.realtime), (Severity::Critical, false));
    let rule = parsed.severity_policy.rule(EventType::Heartbeat);
    assert_eq!((rule.severity, rule.realtime), (Severity::Low, true));
    // Types without a rule keep the default table.
    assert_eq!(
        parsed.severity_policy.rule(EventType::Alarm),
        SeverityPolicy::default().rule(EventType::Alarm)
    );

    let mut read = MasterState::default();
    apply_environment(&mut read, &env);
    assert_eq!(read.severity_rule, planned.severity_rule);

    let without = environment(&with_defaults(config()));
    assert!(!without.contains_key("AWSMON_SEVERITY_POLICY"));
    apply_environment(&mut read, &without);
    assert_eq!(read.severity_rule, Value::Value(vec![]));
}

fn deployed(memory_size: i64, timeout: i64) -> DeployedFunction {
    DeployedFunction {
        arn: String::new(),
        handler: "bootstrap".into(),
        role_arn: ROLE.into(),
        memory_size: memory_size as i32,
        timeout: timeout as i32,
        environment: BTreeMap::new(),
        code_sha256: String::new(),
        tags: BTreeMap::new(),
        layers: Vec::new(),
        vpc: None,
    }
}

#[test]
fn a_function_override_applies_to_its_function_and_reads_back() {
    let mut planned = config();
    planned.function_override = Value::Value(vec![Value::Value(FunctionOverrideBlock {
        function: Value::Value("daily-report".into()),
        memory_size: Value::Null,
        timeout: Value::Value(300),
    })]);
    let planned = with_defaults(planned);
    let specs: Vec<(i64, i64)> = FUNCTIONS
        .iter()
        .filter(|f| f.wanted(&planned))
        .map(|f| (memory_of(&planned, f), timeout_of(&planned, f)))
        .collect();
    assert_eq!(specs, [(256, 30), (256, 300), (256, 30), (256, 30)]);
    let mut found: Vec<(MasterFunction, DeployedFunction)> = FUNCTIONS
        .iter()
        .zip(&specs)
        .map(|(f, (memory, timeout))| (*f, deployed(*memory, *timeout)))
        .collect();
    let read = |found: &[(MasterFunction, DeployedFunction)], prior: &MasterState<'static>| {
        let mut state = prior.clone();
        read_back_sizes(&mut state, found);
        state
    };
    let back = read(&found, &planned);
    assert_eq!(back.function_override, planned.function_override);
    assert_eq!(
        (back.memory_size, back.timeout),
        (Value::Value(256), Value::Value(30))
    );

    // Imported: the function that differs from the others gets its block back.
    let imported = read(&found, &MasterState::default());
    assert_eq!(imported.function_override, planned.function_override);
    assert_eq!(
        (imported.memory_size, imported.timeout),
        (Value::Value(256), Value::Value(30))
    );

    // Changed outside Terraform: the overridden timeout shows on its block, the memory it
    // shares on the shared setting (both put back by the next apply).
    found[1].1.timeout = 60;
    found[1].1.memory_size = 1024;
    let drifted = read(&found, &planned);
    assert_eq!(
        drifted.function_override,
        Value::Value(vec![Value::Value(FunctionOverrideBlock {
            function: Value::Value("daily-report".into()),
            memory_size: Value::Null,
            timeout: Value::Value(60),
        })])
    );
    assert_eq!(drifted.memory_size, Value::Value(1024));
    found[3].1.timeout = 10;
    assert_eq!(read(&found, &planned).timeout, Value::Value(10));
}

#[test]
fn a_bad_or_repeated_severity_rule_is_diagnosed_on_its_block() {
    let mut bad = config();
    bad.severity_rule = Value::Value(vec![
        severity_rule("alarm", "high", None),
        severity_rule("alarms", "urgent", None),
        severity_rule("alarm", "low", None),
    ]);
    let mut diags = Diagnostics::default();
    validate_config(&bad, &mut diags);
    let paths: Vec<String> = paths(&diags)
        .into_iter()
        .filter(|p| p.contains("severity_rule"))
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    for expected in [
        r#"Index(1), Attribute("event_type")"#,
        r#"Index(1), Attribute("severity")"#,
        r#"Index(2), Attribute("event_type")"#,
    ] {
        assert!(
            paths.iter().any(|p| p.contains(expected)),
            "{expected} not in {paths:?}"
        );
    }
}

#[test]
fn the_default_webhook_must_be_declared_unless_a_policy_says_otherwise() {
    let mut state = config();
    state.slack_webhook_parameters = Value::Null;
    let mut diags = Diagnostics::default();
    validate_config(&state, &mut diags);
    assert_eq!(paths(&diags).len(), 1);
    assert!(paths(&diags)[0].contains("slack_webhook_parameters"));
    state.notification_policy = Value::Value(NotificationPolicyBlock::default());
    let mut diags = Diagnostics::default();
    validate_config(&state, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", paths(&diags));
    state.slack_webhook_parameters = Value::Unknown;
    state.route = Value::Value(vec![route("anything")]);
    let mut diags = Diagnostics::default();
    validate_config(&state, &mut diags);
    assert!(diags.errors.is_empty(), "unknown webhooks are checked at apply");
}

#[test]
fn the_plan_carries_every_embedded_function_and_schedule() {
    let planned = with_defaults(config());
    let hashes = planned.code_sha256.as_ref_option().unwrap();
    assert_eq!(hashes.len(), 4);
    assert_eq!(
        hashes["api"].as_deref_option(),
        Some(artifact::MASTER.code_sha256().as_str())
    );
    let schedules = string_map(&planned.schedules);
    assert_eq!(schedules["outbox"], "rate(1 minute)");
    assert_eq!(schedules["daily-report"], "cron(5 0 * * ? *)");
    assert_eq!(schedules["weekly-report"], "cron(10 0 ? * MON *)");
    assert_eq!(schedules["check-agents"], "rate(5 minutes)");
    for schedule in MASTER_SCHEDULES {
        assert!(validation::schedule_expression(&schedule_expression(&schedule, &planned)).is_ok());
    }
    assert!(function_name("a".repeat(39).as_str(), &functions::HANDLE_MONITORING_EVENTS).len() <= 64);
    assert!(!hashes.contains_key("slack-interactions"));
}

/// The buttons deploy slack-interactions, with its own role: its hash is planned then (unknown
/// while the signing secret is), and the role is required on its attribute.
#[test]
fn the_buttons_bring_the_slack_interactions_function_and_need_its_role() {
    let planned = with_defaults(slack_app(config()));
    let hashes = planned.code_sha256.as_ref_option().unwrap();
    assert_eq!(hashes.len(), 5);
    assert_eq!(
        hashes["slack-interactions"].as_deref_option(),
        Some(artifact::MASTER.code_sha256().as_str())
    );
    let mut unknown = slack_app(config());
    unknown.slack_signing_secret_parameter = Value::Unknown;
    unknown.slack_interactions_role_arn = Value::Null;
    assert!(with_defaults(unknown.clone()).code_sha256.is_unknown());
    // Not known yet: checked again at apply.
    let mut diags = Diagnostics::default();
    validate_config(&unknown, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", paths(&diags));

    let mut no_role = slack_app(config());
    no_role.slack_interactions_role_arn = Value::Null;
    let mut diags = Diagnostics::default();
    validate_config(&no_role, &mut diags);
    assert_eq!(paths(&diags).len(), 1, "{:?}", diags.errors);
    assert!(paths(&diags)[0].contains("slack_interactions_role_arn"));
    assert!(
        diags.errors[0].detail.contains("slack_signing_secret_parameter"),
        "{:?}",
        diags.errors[0]
    );
    // Without the buttons the role is not needed, and a role given is only not used.
    let mut without = slack_app(config());
    without.slack_signing_secret_parameter = Value::Null;
    let mut diags = Diagnostics::default();
    validate_config(&without, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", diags.errors);
    assert!(
        !with_defaults(without)
            .code_sha256
            .as_ref_option()
            .unwrap()
            .contains_key("slack-interactions")
    );
    let slack = FUNCTIONS
        .iter()
        .find(|f| f.function == functions::SLACK_INTERACTIONS)
        .unwrap();
    assert!(!slack.wanted(&config()));
    assert!(slack.wanted(&slack_app(config())));
    assert!(
        FUNCTIONS
            .iter()
            .filter(|f| f.function != functions::SLACK_INTERACTIONS)
            .all(|f| f.wanted(&config()))
    );
}

fn slack_app(mut state: MasterState<'static>) -> MasterState<'static> {
    // SSM refuses names whose first segment starts with "aws".
    state.slack_webhook_parameters = value_map(BTreeMap::from([(
        "default".to_owned(),
        "/monitoring/awsmon/slack-default".to_owned(),
    )]));
    state.slack_bot_token_parameter = Value::Value("/monitoring/awsmon/slack-bot-token".into());
    state.slack_signing_secret_parameter = Value::Value("/monitoring/awsmon/slack-signing-secret".into());
    state.slack_channels = value_map(BTreeMap::from([("oncall".to_owned(), "C0EXAMPLE1".to_owned())]));
    state.slack_team_id = Value::Value("T0EXAMPLE1".into());
    state.slack_app_id = Value::Value("A0EXAMPLE1".into());
    state.slack_allowed_user_ids = Value::Value(vec![Value::Value("U0EXAMPLE1".into())]);
    state.slack_api_url = Value::Value("http://127.0.0.1:8901/api".into());
    state.slack_interactions_role_arn = Value::Value(ROLE.into());
    state
}

/// Slack app mode's attributes reach the runtime under its names, parse there, and read back.
#[test]
fn the_slack_app_reaches_the_runtime_and_reads_back() {
    let mut planned = slack_app(config());
    planned.route = Value::Value(vec![route("oncall")]);
    let planned = with_defaults(planned);
    let mut diags = Diagnostics::default();
    validate_config(&planned, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", paths(&diags));
    let env = environment(&planned);
    assert_eq!(env["AWSMON_SLACK_CHANNELS"], r#"{"oncall":"C0EXAMPLE1"}"#);
    assert_eq!(env["AWSMON_SLACK_ALLOWED_USER_IDS"], "U0EXAMPLE1");
    let parsed = awsmon_master::config::MasterConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
    let app = &parsed.slack_app;
    assert_eq!(app.channels["oncall"], "C0EXAMPLE1");
    assert_eq!(
        app.bot_token_parameter.as_deref(),
        Some("/monitoring/awsmon/slack-bot-token")
    );
    assert_eq!(
        app.signing_secret_parameter.as_deref(),
        Some("/monitoring/awsmon/slack-signing-secret")
    );
    assert_eq!(
        (app.team_id.as_deref(), app.app_id.as_deref()),
        (Some("T0EXAMPLE1"), Some("A0EXAMPLE1"))
    );
    assert_eq!(app.allowed_user_ids, ["U0EXAMPLE1"]);
    assert_eq!(app.api_url, "http://127.0.0.1:8901/api");

    let mut read = MasterState {
        slack_allowed_user_ids: planned.slack_allowed_user_ids.clone(),
        ..Default::default()
    };
    apply_environment(&mut read, &env);
    assert_eq!(read.slack_channels, planned.slack_channels);
    assert_eq!(read.slack_bot_token_parameter, planned.slack_bot_token_parameter);
    assert_eq!(
        read.slack_signing_secret_parameter,
        planned.slack_signing_secret_parameter
    );
    assert_eq!(read.slack_team_id, planned.slack_team_id);
    assert_eq!(read.slack_app_id, planned.slack_app_id);
    assert_eq!(read.slack_allowed_user_ids, planned.slack_allowed_user_ids);
    assert_eq!(read.slack_api_url, planned.slack_api_url);
}

/// A secret given as a value, names instead of ids, a token sent anywhere but Slack, and a
/// part of the app without what it needs: each refused at plan time on its attribute.
#[test]
fn a_slack_app_misconfigured_is_refused_on_each_attribute() {
    let mut bad = slack_app(config());
    bad.slack_bot_token_parameter = Value::Value("xoxb-EXAMPLE-INVENTED-token".into());
    bad.slack_signing_secret_parameter = Value::Value("0123456789abcdef0123456789abcdef".into());
    bad.slack_channels = value_map(BTreeMap::from([
        ("oncall".to_owned(), "#oncall".to_owned()),
        ("default".to_owned(), "C0EXAMPLE2".to_owned()),
    ]));
    bad.slack_team_id = Value::Value("example".into());
    bad.slack_app_id = Value::Value("T0EXAMPLE1".into());
    bad.slack_allowed_user_ids = Value::Value(vec![Value::Value("jane".into())]);
    bad.slack_api_url = Value::Value("https://slack.example.com/api".into());
    let mut diags = Diagnostics::default();
    validate_config(&bad, &mut diags);
    let found = paths(&diags);
    for expected in [
        "slack_bot_token_parameter",
        "slack_signing_secret_parameter",
        r#"Attribute("slack_channels"), Key("oncall")"#,
        // "default" is a webhook already.
        r#"Attribute("slack_channels"), Key("default")"#,
        "slack_team_id",
        "slack_app_id",
        r#"Attribute("slack_allowed_user_ids"), Index(0)"#,
        "slack_api_url",
    ] {
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "{expected} not in {found:?}"
        );
    }
    assert_eq!(diags.errors.len(), 8, "{found:?}");

    // What each part needs: channels the bot token; buttons channels, the workspace and the app.
    let mut no_token = slack_app(config());
    no_token.slack_bot_token_parameter = Value::Null;
    let mut no_channels = slack_app(config());
    no_channels.slack_channels = value_map(BTreeMap::new());
    no_channels.slack_team_id = Value::Null;
    no_channels.slack_app_id = Value::Null;
    for (state, expected) in [
        (no_token, vec!["slack_bot_token_parameter"]),
        (
            no_channels,
            vec!["slack_signing_secret_parameter", "slack_team_id", "slack_app_id"],
        ),
    ] {
        let mut diags = Diagnostics::default();
        validate_config(&state, &mut diags);
        let found = paths(&diags);
        assert_eq!(found.len(), expected.len(), "{found:?}");
        for attribute in expected {
            assert!(
                found.iter().any(|p| p.contains(attribute)),
                "{attribute} not in {found:?}"
            );
        }
    }
}

fn custom_sources(
    definitions: &[(&str, &[(&str, &str)])],
) -> tf_provider::value::ValueMap<'static, tf_provider::value::ValueMap<'static, ValueString<'static>>> {
    Value::Value(
        definitions
            .iter()
            .map(|(name, pairs)| {
                let definition = pairs
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect();
                ((*name).to_owned().into(), value_map(definition))
            })
            .collect(),
    )
}

const RDS_PATTERN: &str = r#"{"source":["aws.rds"],"detail-type":["RDS DB Instance Event"]}"#;

/// Issue 15 item 3: a custom source is refused at plan time on the key that is wrong, with the
/// words the runtime would use; a good one reaches the runtime as it parses it and reads back.
#[test]
fn custom_event_sources_are_checked_on_their_key_and_reach_the_runtime() {
    let mut bad = config();
    bad.custom_event_sources = custom_sources(&[
        (
            "no-source",
            &[("pattern", r#"{"detail-type":["x"]}"#), ("title", "t")],
        ),
        (
            "not-json",
            &[("pattern", "{\"source\": [\"aws.rds\""), ("title", "t")],
        ),
        (
            "bad-severity",
            &[("pattern", RDS_PATTERN), ("title", "t"), ("severity", "urgent")],
        ),
        (
            "bad-path",
            &[("pattern", RDS_PATTERN), ("title", "RDS {detail..x}")],
        ),
        ("no-title", &[("pattern", RDS_PATTERN)]),
        ("Bad Name", &[("pattern", RDS_PATTERN), ("title", "t")]),
    ]);
    let mut diags = Diagnostics::default();
    validate_config(&bad, &mut diags);
    let found: Vec<(String, String)> = diags
        .errors
        .iter()
        .map(|d| (format!("{:?}", d.attribute), d.detail.to_string()))
        .filter(|(path, _)| path.contains("custom_event_sources"))
        .collect();
    assert_eq!(found.len(), 6, "{found:#?}");
    let on = |name: &str, key: Option<&str>, phrase: &str| {
        assert!(
            found
                .iter()
                .any(|(path, detail)| path.contains(&format!("\"{name}\""))
                    && key.is_none_or(|k| path.contains(&format!("\"{k}\"")))
                    && detail.contains(phrase)),
            "{name} {key:?} {phrase}: {found:#?}"
        );
    };
    on("no-source", Some("pattern"), "has no `source`");
    on("not-json", Some("pattern"), "not JSON");
    on(
        "bad-severity",
        Some("severity"),
        "info, low, medium, high, critical",
    );
    on("bad-path", Some("title"), "is not a path");
    on("no-title", None, "title: is required");
    on("Bad Name", None, "a-z, 0-9 and -");

    let mut good = config();
    good.custom_event_sources = custom_sources(&[(
        "rds-instance",
        &[
            ("pattern", RDS_PATTERN),
            ("title", "RDS {detail.SourceIdentifier}: {detail.Message}"),
            ("resource", "{detail.SourceArn}"),
            ("severity", "high"),
            ("resolved_when", r#"{"detail":{"EventID":["RDS-EVENT-0006"]}}"#),
        ],
    )]);
    let mut diags = Diagnostics::default();
    validate_config(&good, &mut diags);
    let on_custom = |diags: &Diagnostics| -> Vec<String> {
        diags
            .errors
            .iter()
            .filter(|d| format!("{:?}", d.attribute).contains("custom_event_sources"))
            .map(|d| d.detail.to_string())
            .collect()
    };
    assert!(on_custom(&diags).is_empty(), "{:?}", on_custom(&diags));
    let env = environment(&with_defaults(good.clone()));
    let parsed = awsmon_master::config::MasterConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
    let names: Vec<&str> = parsed.custom_sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["rds-instance"]);
    let mut read = MasterState::default();
    apply_environment(&mut read, &env);
    assert_eq!(read.custom_event_sources, good.custom_event_sources);

    // Too many for Lambda's 4 KB of environment: refused on the attribute.
    let long_title = format!("RDS {{detail.SourceIdentifier}} {}", "x".repeat(400));
    let many: Vec<(String, [(&str, &str); 2])> = (0..12)
        .map(|i| {
            (
                format!("rds-{i}"),
                [("pattern", RDS_PATTERN), ("title", long_title.as_str())],
            )
        })
        .collect();
    let mut too_big = config();
    too_big.custom_event_sources = Value::Value(
        many.iter()
            .map(|(name, pairs)| {
                let definition = pairs
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect();
                (name.clone().into(), value_map(definition))
            })
            .collect(),
    );
    let mut diags = Diagnostics::default();
    validate_config(&too_big, &mut diags);
    let refused = on_custom(&diags);
    assert!(
        refused.len() == 1 && refused[0].contains("over Lambda's 4096"),
        "{refused:?}"
    );

    let none = environment(&with_defaults(config()));
    assert!(!none.contains_key("AWSMON_CUSTOM_EVENT_SOURCES"));
    let mut read = MasterState::default();
    apply_environment(&mut read, &none);
    assert!(read.custom_event_sources.is_null());
}

/// `config()` without its webhooks (whose parameter names AWS refuses).
fn valid() -> MasterState<'static> {
    MasterState {
        slack_webhook_parameters: value_map(BTreeMap::from([(
            "default".to_owned(),
            "/monitoring/slack-default".to_owned(),
        )])),
        ..config()
    }
}

/// check-agents was update-deployment: the former attributes are deprecated aliases, read both
/// ways for a release, and a state written before the rename plans no replacement.
#[test]
fn the_former_names_of_check_agents_are_deprecated_aliases() {
    let schema = schema();
    for (new, former) in [
        ("check_agents_role_arn", "update_deployment_role_arn"),
        ("check_agents_schedule", "update_deployment_schedule"),
    ] {
        assert!(!schema.block.attributes[new].deprecated, "{new}");
        assert!(schema.block.attributes[former].deprecated, "{former}");
        assert!(
            schema.block.attributes[former].description.content.contains(new),
            "{former} names {new}"
        );
    }

    // The former names only: a warning on each naming the new one, and the same plan.
    let mut former = valid();
    former.check_agents_role_arn = Value::Null;
    former.update_deployment_role_arn = Value::Value(ROLE.into());
    former.update_deployment_schedule = Value::Value("rate(10 minutes)".into());
    let mut diags = Diagnostics::default();
    renamed::validate(&former, &mut diags);
    validate_config(&former, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", diags.errors);
    let warnings: Vec<String> = diags
        .warnings
        .iter()
        .map(|w| format!("{} {:?}", w.summary, w.attribute))
        .collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].contains("update_deployment_role_arn is deprecated: use check_agents_role_arn"));
    assert!(warnings[0].contains(r#"Attribute("update_deployment_role_arn")"#));
    assert!(warnings[1].contains("use check_agents_schedule"));
    let mut planned = former.clone();
    renamed::resolve(&mut planned, &former);
    let planned = with_defaults(planned);
    assert_eq!(planned.check_agents_role_arn, Value::Value(ROLE.into()));
    assert_eq!(planned.update_deployment_role_arn, Value::Value(ROLE.into()));
    assert_eq!(string_map(&planned.schedules)["check-agents"], "rate(10 minutes)");
    assert_eq!(planned.update_deployment_schedule, planned.check_agents_schedule);
    let mut new = valid();
    new.check_agents_schedule = Value::Value("rate(10 minutes)".into());
    let mut new_planned = new.clone();
    renamed::resolve(&mut new_planned, &new);
    let new_planned = with_defaults(new_planned);
    assert_eq!(
        serde_json::to_value(&new_planned).unwrap(),
        serde_json::to_value(&planned).unwrap(),
        "renaming the attributes changes nothing"
    );

    // Moving to the new name with another value: the prior value Terraform proposes for the
    // unconfigured (computed) former name does not win over the configuration.
    let mut moved = valid();
    moved.check_agents_schedule = Value::Value("rate(15 minutes)".into());
    let mut proposed = moved.clone();
    proposed.update_deployment_schedule = Value::Value("rate(10 minutes)".into());
    renamed::resolve(&mut proposed, &moved);
    assert_eq!(
        proposed.check_agents_schedule,
        Value::Value("rate(15 minutes)".into())
    );
    assert_eq!(
        proposed.update_deployment_schedule,
        Value::Value("rate(15 minutes)".into())
    );

    // Both names, different values: refused on the former one. Neither role: refused.
    let mut both = valid();
    both.update_deployment_role_arn = Value::Value("arn:aws:iam::111111111111:role/other".into());
    let mut diags = Diagnostics::default();
    renamed::validate(&both, &mut diags);
    assert_eq!(
        paths(&diags),
        [r#"AttributePath { steps: [Attribute("update_deployment_role_arn")] }"#]
    );
    assert!(
        diags.errors[0]
            .summary
            .contains("Conflicting check_agents_role_arn and update_deployment_role_arn")
    );
    let mut neither = valid();
    neither.check_agents_role_arn = Value::Null;
    let mut diags = Diagnostics::default();
    renamed::validate(&neither, &mut diags);
    assert!(
        diags.errors[0].summary.contains("Missing check_agents_role_arn"),
        "{:?}",
        diags.errors
    );

    // A state written before the rename has only the former attributes: read gives both.
    let mut prior = valid();
    prior.check_agents_role_arn = Value::Null;
    prior.update_deployment_role_arn = Value::Value(ROLE.into());
    prior.update_deployment_schedule = Value::Value("rate(10 minutes)".into());
    renamed::mirror(&mut prior);
    assert_eq!(prior.check_agents_role_arn, Value::Value(ROLE.into()));
    assert_eq!(
        prior.check_agents_schedule,
        Value::Value("rate(10 minutes)".into())
    );

    // A function_override may still name update-deployment: it sizes check-agents, with a warning.
    let mut overridden = valid();
    overridden.function_override = Value::Value(vec![Value::Value(FunctionOverrideBlock {
        function: Value::Value("update-deployment".into()),
        memory_size: Value::Value(512),
        timeout: Value::Null,
    })]);
    let mut diags = Diagnostics::default();
    validate_config(&overridden, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", diags.errors);
    assert!(
        diags.warnings[0].summary.contains(r#"use "check-agents""#),
        "{:?}",
        diags.warnings
    );
    let check_agents = FUNCTIONS
        .iter()
        .find(|f| f.function == functions::CHECK_AGENTS)
        .unwrap();
    assert_eq!(memory_of(&with_defaults(overridden), check_agents), 512);
}
