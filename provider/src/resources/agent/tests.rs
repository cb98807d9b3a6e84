use super::*;

fn config() -> AgentState<'static> {
    AgentState {
        name: Value::Value("awsmon-agent".into()),
        master_bus_arn: Value::Value("arn:aws:events:eu-west-1:111111111111:event-bus/awsmon".into()),
        role_arn: Value::Value("arn:aws:iam::222222222222:role/awsmon-agent".into()),
        log_group_prefixes: Value::Value(vec![Value::Value("/aws/lambda/".into())]),
        ..Default::default()
    }
}

/// Each number is the contract's: the schema describes it with its range and default,
/// validation refuses one past either end on its attribute, and an unset one gets the
/// default, which reaches the runtime under the contract's variable.
#[test]
fn every_number_is_the_contracts_in_schema_validation_defaults_and_environment() {
    let schema = schema();
    let planned = with_defaults(config());
    let env = environment(&planned);
    let set = |attribute: &str, v: i64| {
        let mut state = config();
        let field = match attribute {
            "window_seconds" => &mut state.window_seconds,
            "delivery_latency_seconds" => &mut state.delivery_latency_seconds,
            "chunk_size" => &mut state.chunk_size,
            "max_concurrent_queries" => &mut state.max_concurrent_queries,
            "query_timeout_seconds" => &mut state.query_timeout_seconds,
            "memory_size" => &mut state.memory_size,
            "timeout" => &mut state.timeout,
            other => panic!("{other} is a new number: set it here"),
        };
        *field = Value::Value(v);
        state
    };
    for (setting, value) in numbers(&planned) {
        let attribute = &schema.block.attributes[setting.attribute];
        assert_eq!(attribute.description.content, setting.description());
        assert_eq!(number(value), Some(setting.default), "{}", setting.attribute);
        if let Some(variable) = setting.env {
            assert_eq!(env[variable], setting.default.to_string());
        }
        for (v, valid) in [
            (setting.min, true),
            (setting.max, true),
            (setting.min - 1, false),
            (setting.max + 1, false),
        ] {
            let mut diags = Diagnostics::default();
            validate_config(&set(setting.attribute, v), &mut diags);
            let range = setting.range();
            let on_it = diags.errors.iter().any(|d| {
                format!("{:?}", d.attribute).contains(setting.attribute) && d.detail.contains(&range)
            });
            assert_eq!(!on_it, valid, "{} = {v}: {:?}", setting.attribute, diags.errors);
        }
    }
}

#[test]
fn environment_round_trips_through_the_function_configuration() {
    let mut planned = with_defaults(config());
    planned.log_group_names = Value::Value(vec![Value::Value("/a".into()), Value::Value("/b".into())]);
    let env = environment(&planned);
    assert_eq!(env["AWSMON_SCHEDULE_PERIOD_SECS"], "300");
    assert_eq!(env["AWSMON_LOG_GROUP_NAMES"], "/a,/b");
    assert_eq!(env["AWSMON_CHECKPOINT_TABLE"], "awsmon-agent-checkpoints");
    let mut read = AgentState::default();
    apply_environment(&mut read, &env);
    assert_eq!(read.chunk_size, planned.chunk_size);
    assert_eq!(
        read.query_timeout_seconds,
        Value::Value(agent::QUERY_TIMEOUT_SECONDS.default)
    );
    assert_eq!(read.max_concurrent_queries, planned.max_concurrent_queries);
    assert_eq!(read.window_seconds, planned.window_seconds);
    assert_eq!(read.delivery_latency_seconds, planned.delivery_latency_seconds);
    assert_eq!(read.query_string, planned.query_string);
    assert_eq!(read.log_group_names, planned.log_group_names);
    assert_eq!(read.log_group_prefixes, planned.log_group_prefixes);
    assert!(read.discovery_tag.is_null() && read.redact_patterns.is_null());
}

#[test]
fn invalid_settings_are_diagnosed_on_their_attribute() {
    let mut bad = config();
    bad.chunk_size = Value::Value(51);
    bad.window_seconds = Value::Value(60);
    bad.delivery_latency_seconds = Value::Value(60);
    bad.architecture = Value::Value("arm64".into());
    bad.timeout = Value::Value(70);
    bad.log_group_names = Value::Value(vec![Value::Value("ok".into()), Value::Value("not ok".into())]);
    bad.dead_letter_queue_arn =
        Value::Value("https://sqs.eu-west-1.amazonaws.com/222222222222/undelivered".into());
    let mut diags = Diagnostics::default();
    validate_config(&bad, &mut diags);
    let paths: Vec<String> = diags
        .errors
        .iter()
        .map(|d| format!("{:?}", d.attribute))
        .collect();
    assert_eq!(diags.errors.len(), 6, "{paths:?}");
    for expected in [
        "dead_letter_queue_arn",
        "chunk_size",
        "window_seconds",
        "architecture",
        "log_group_names",
        "timeout",
    ] {
        assert!(
            paths.iter().any(|p| p.contains(expected)),
            "{expected} not in {paths:?}"
        );
    }
}

#[test]
fn an_agent_that_watches_nothing_is_refused() {
    let mut idle = config();
    idle.log_group_prefixes = Value::Value(vec![]);
    let mut diags = Diagnostics::default();
    validate_config(&idle, &mut diags);
    assert_eq!(diags.errors.len(), 1);
    assert_eq!(diags.errors[0].summary, "The agent watches nothing");
    idle.discovery_tag = Value::Value("awsmon=watch".into());
    let mut diags = Diagnostics::default();
    validate_config(&idle, &mut diags);
    assert!(diags.errors.is_empty());
}

#[test]
fn unknown_values_are_left_for_apply() {
    let mut later = config();
    later.master_bus_arn = Value::Unknown;
    let mut diags = Diagnostics::default();
    validate_config(&later, &mut diags);
    assert!(diags.errors.is_empty());
}

#[test]
fn identity_comes_from_the_function_arn() {
    let agent = identity_from_arn("arn:aws:lambda:eu-west-1:222222222222:function:awsmon-agent").unwrap();
    assert_eq!(agent.agent_id(), "222222222222/eu-west-1");
    assert!(identity_from_arn("nonsense").is_none());
}
