//! Least privilege, read from a real plan: `tests/fixtures/terraform/modules-all-options` (both
//! modules, every option on) is applied on local AWS and planned again, and every policy document
//! in the plan is checked: IAM role policies, trust policies, the ingest queue policy, the KMS key
//! policy and the bus permissions. No `*` action, no service-wide or partial action wildcard, no
//! `*` resource where AWS accepts an ARN, no account or region wildcard inside an ARN, no open
//! principal without an organization or source condition. The few `*` resources AWS requires are
//! listed below with the reason. Each master role must hold exactly the actions its function
//! calls (runtime/master/src), the agent role exactly those of runtime/agent.

use std::collections::{BTreeMap, BTreeSet};

use awsmon_tests::{LocalAws, Terraform};
use serde_json::{Value, json};

/// Actions the Service Authorization Reference lists with no resource type: `*` is the only
/// resource AWS accepts for them.
const NO_RESOURCE_TYPE: &[(&str, &str)] = &[
    ("logs:StopQuery", "takes a query id; no resource type"),
    (
        "tag:GetResources",
        "lists the account's tagged resources; no resource type",
    ),
    (
        "ecs:DescribeTaskDefinition",
        "no resource type (task definitions are not resources in IAM)",
    ),
    (
        "ec2:DescribeNetworkInterfaces",
        "no resource type; Lambda calls it with the function's role in a VPC",
    ),
];

/// A policy document found in the plan.
#[derive(Debug)]
struct Document {
    /// `module.master.aws_iam_role_policy.function["api"]` and which attribute.
    origin: String,
    kind: Kind,
    policy: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Attached to a role or user: what the principal may do.
    Identity,
    /// A role's trust policy.
    Trust,
    /// A KMS key policy: "Resource": "*" is the key itself.
    KeyPolicy,
    /// Any other resource policy (queue, bus).
    Resource,
}

fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items.iter().flat_map(strings).collect(),
        Value::Object(map) => map.values().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

fn statements(policy: &Value) -> Vec<&Value> {
    match &policy["Statement"] {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

fn parse(origin: &str, text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{origin}: not a JSON policy ({e}): {text}"))
}

/// Every managed resource of the planned values, module by module, with its address.
fn resources(module: &Value, out: &mut Vec<Value>) {
    for resource in module["resources"].as_array().into_iter().flatten() {
        if resource["mode"] == "managed" {
            out.push(resource.clone());
        }
    }
    for child in module["child_modules"].as_array().into_iter().flatten() {
        resources(child, out);
    }
}

/// Every policy document of the plan's planned values.
fn documents(plan: &Value) -> Vec<Document> {
    let mut all = Vec::new();
    resources(&plan["planned_values"]["root_module"], &mut all);
    let mut found = Vec::new();
    for resource in all {
        let address = resource["address"].as_str().unwrap_or_default().to_owned();
        let values = &resource["values"];
        let mut push = |attribute: &str, kind: Kind, text: &Value| {
            if let Some(text) = text.as_str().filter(|t| !t.is_empty()) {
                let origin = format!("{address}.{attribute}");
                let policy = parse(&origin, text);
                found.push(Document { origin, kind, policy });
            }
        };
        match resource["type"].as_str().unwrap_or_default() {
            "aws_iam_role_policy" | "aws_iam_policy" | "aws_iam_user_policy" | "aws_iam_group_policy" => {
                push("policy", Kind::Identity, &values["policy"]);
            }
            "aws_iam_role" => {
                push("assume_role_policy", Kind::Trust, &values["assume_role_policy"]);
                for inline in values["inline_policy"].as_array().into_iter().flatten() {
                    push("inline_policy", Kind::Identity, &inline["policy"]);
                }
            }
            "aws_kms_key" => push("policy", Kind::KeyPolicy, &values["policy"]),
            "aws_cloudwatch_event_permission" => {
                // The bus policy statement this resource adds, as EventBridge writes it.
                let mut statement = json!({
                    "Sid": values["statement_id"],
                    "Effect": "Allow",
                    "Action": values["action"],
                    "Principal": if values["principal"] == "*" { json!("*") } else { json!({"AWS": values["principal"]}) },
                    "Resource": format!("event-bus/{}", values["event_bus_name"].as_str().unwrap_or_default()),
                });
                for condition in values["condition"].as_array().into_iter().flatten() {
                    statement["Condition"] = json!({
                        condition["type"].as_str().unwrap_or_default(): {
                            condition["key"].as_str().unwrap_or_default(): condition["value"]
                        }
                    });
                }
                found.push(Document {
                    origin: format!("{address} (bus policy statement)"),
                    kind: Kind::Resource,
                    policy: json!({"Statement": [statement]}),
                });
            }
            "aws_lambda_permission" => {
                // The function policy statement this resource adds, as Lambda writes it.
                let mut statement = json!({
                    "Sid": values["statement_id"],
                    "Effect": "Allow",
                    "Action": values["action"],
                    "Principal": {"Service": values["principal"]},
                    "Resource": values["function_name"],
                });
                if let Some(source) = values["source_arn"].as_str() {
                    statement["Condition"] = json!({"ArnLike": {"AWS:SourceArn": source}});
                }
                found.push(Document {
                    origin: format!("{address} (function policy statement)"),
                    kind: Kind::Resource,
                    policy: json!({"Statement": [statement]}),
                });
            }
            _ => {
                // Queue policies, bucket policies, ...: any `policy` attribute holding JSON.
                if values["policy"].as_str().is_some_and(|t| t.contains("Statement")) {
                    push("policy", Kind::Resource, &values["policy"]);
                }
            }
        }
    }
    found
}

/// What is wrong with one document, one line per finding.
fn violations(document: &Document) -> Vec<String> {
    let mut found = Vec::new();
    let mut say = |what: String| found.push(format!("{}: {what}", document.origin));
    for statement in statements(&document.policy) {
        let sid = statement["Sid"].as_str().unwrap_or("(no sid)");
        if statement["Effect"] != "Allow" {
            continue;
        }
        if !statement["NotAction"].is_null() || !statement["NotResource"].is_null() {
            say(format!("{sid}: NotAction/NotResource grants everything else"));
        }
        let actions = strings(&statement["Action"]);
        let resources = strings(&statement["Resource"]);
        let principals = strings(&statement["Principal"]);
        let condition_keys: Vec<String> = statement["Condition"]
            .as_object()
            .into_iter()
            .flat_map(|operators| operators.values())
            .filter_map(Value::as_object)
            .flat_map(|keys| keys.keys().cloned())
            .collect();
        let account_root_only = !principals.is_empty() && principals.iter().all(|p| p.ends_with(":root"));

        for action in &actions {
            if action == "*" {
                say(format!("{sid}: action \"*\""));
            } else if action.contains('*') {
                // The one wildcard: a key policy giving the key's own account root the key, AWS's
                // default key policy, which hands access over to the account's IAM policies.
                let default_key_policy =
                    document.kind == Kind::KeyPolicy && action == "kms:*" && account_root_only;
                if !default_key_policy {
                    say(format!("{sid}: wildcard action {action}"));
                }
            }
        }
        if document.kind == Kind::Trust {
            if actions != ["sts:AssumeRole"]
                || principals.is_empty()
                || statement["Principal"]["Service"].is_null()
            {
                say(format!(
                    "{sid}: a trust policy must let one AWS service assume the role: {statement}"
                ));
            }
            continue;
        }
        for resource in &resources {
            if resource == "*" {
                let key_itself = document.kind == Kind::KeyPolicy;
                let required = actions
                    .iter()
                    .all(|a| NO_RESOURCE_TYPE.iter().any(|(allowed, _)| allowed == a));
                if !key_itself && !required {
                    say(format!(
                        "{sid}: resource \"*\" for {actions:?}, which AWS restricts by ARN"
                    ));
                }
            } else if let Some(rest) = resource.strip_prefix("arn:") {
                let fields: Vec<&str> = rest.splitn(5, ':').collect();
                if fields.len() < 5 || fields[..4].iter().any(|f| f.contains('*')) {
                    say(format!(
                        "{sid}: {resource} has a wildcard partition, service, region or account"
                    ));
                }
            }
        }
        if principals.iter().any(|p| p == "*") {
            const SCOPES: [&str; 3] = ["aws:PrincipalOrgID", "aws:SourceArn", "aws:SourceAccount"];
            let scoped = condition_keys.iter().any(|k| SCOPES.contains(&k.as_str()));
            // A wildcard in the scoping condition itself widens it; one in a further condition
            // (the bus policy's `aws:PrincipalArn` `arn:aws:iam::*:role/awsmon-agent-function`,
            // within the organization) only narrows what the scope lets in.
            let scope_values: Vec<String> = statement["Condition"]
                .as_object()
                .into_iter()
                .flat_map(|operators| operators.values())
                .filter_map(Value::as_object)
                .flat_map(|keys| keys.iter())
                .filter(|(key, _)| SCOPES.contains(&key.as_str()))
                .flat_map(|(_, values)| strings(values))
                .collect();
            if !scoped || scope_values.iter().any(|c| c.contains('*')) {
                say(format!(
                    "{sid}: principal \"*\" without an organization or source condition"
                ));
            }
        }
    }
    found
}

fn actions_of(document: &Document) -> BTreeSet<String> {
    statements(&document.policy)
        .into_iter()
        .flat_map(|s| strings(&s["Action"]))
        .collect()
}

/// IAM's resource wildcards: `*` any run of characters, `?` any one.
fn iam_wildcard_matches(pattern: &str, value: &str) -> bool {
    let value: Vec<char> = value.chars().collect();
    // matched[k]: the pattern read so far matches the first k characters of the value.
    let mut matched: Vec<bool> = (0..=value.len()).map(|k| k == 0).collect();
    for p in pattern.chars() {
        let mut next = Vec::with_capacity(matched.len());
        next.push(p == '*' && matched[0]);
        for (j, ch) in value.iter().enumerate() {
            next.push(match p {
                '*' => matched[j + 1] || next[j],
                '?' => matched[j],
                c => matched[j] && *ch == c,
            });
        }
        matched = next;
    }
    matched[value.len()]
}

fn set(actions: &[&str]) -> BTreeSet<String> {
    actions.iter().map(|a| (*a).to_owned()).collect()
}

/// What each role's function calls, from the runtime's sources.
fn expected_identity_policies() -> BTreeMap<&'static str, BTreeSet<String>> {
    let logs = ["logs:CreateLogStream", "logs:PutLogEvents"];
    let master = |extra: &[&str]| {
        let mut all = set(&logs);
        all.extend(set(extra));
        all
    };
    let agent = |extra: &[&str]| {
        let mut all = set(&[
            "logs:DescribeLogGroups",
            "logs:StartQuery",
            "logs:GetQueryResults",
            "logs:StopQuery",
            "dynamodb:BatchGetItem",
            "dynamodb:PutItem",
            "events:PutEvents",
            // Lambda's on-failure destination, the undelivered queue.
            "sqs:SendMessage",
        ]);
        all.extend(logs.iter().map(|a| (*a).to_owned()));
        all.extend(set(extra));
        all
    };
    let webhooks = ["ssm:GetParameter", "secretsmanager:GetSecretValue"];
    BTreeMap::from([
        (
            // Ingest (transactions of Puts, issue and agent reads), outbox drain, DLQ, webhooks.
            r#"module.master.aws_iam_role_policy.function["handle-monitoring-events"]"#,
            master(&[
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:Query",
                "dynamodb:UpdateItem",
                "sqs:ReceiveMessage",
                "sqs:DeleteMessage",
                "sqs:GetQueueAttributes",
                "sqs:SendMessage",
                "kms:Decrypt",
                "kms:GenerateDataKey",
                webhooks[0],
                webhooks[1],
            ]),
        ),
        (
            // Findings go through the table like any event: no events:PutEvents.
            r#"module.master.aws_iam_role_policy.function["check-agents"]"#,
            master(&[
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:Query",
                "dynamodb:UpdateItem",
                webhooks[0],
                webhooks[1],
            ]),
        ),
        (
            r#"module.master.aws_iam_role_policy.function["daily-report"]"#,
            master(&[
                "dynamodb:BatchGetItem",
                "dynamodb:PutItem",
                "dynamodb:Query",
                "dynamodb:UpdateItem",
                webhooks[0],
                webhooks[1],
            ]),
        ),
        (
            r#"module.master.aws_iam_role_policy.function["api"]"#,
            master(&[
                "dynamodb:DeleteItem",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:Query",
                "dynamodb:UpdateItem",
            ]),
        ),
        (
            // The Slack app's clicks: the clicked issue, its change (a transaction of Puts) and
            // each request's signature once; the signing secret and the bot token. No index.
            r#"module.master.aws_iam_role_policy.function["slack-interactions"]"#,
            master(&["dynamodb:GetItem", "dynamodb:PutItem", "ssm:GetParameter"]),
        ),
        (
            "module.agent_a.aws_iam_role_policy.agent[0]",
            agent(&[
                "tag:GetResources",
                "ecs:DescribeServices",
                "ecs:DescribeTaskDefinition",
                "lambda:GetFunctionConfiguration",
            ]),
        ),
        ("module.agent_b.aws_iam_role_policy.agent[0]", agent(&[])),
        (
            // In a VPC, Lambda manages the function's network interfaces with its role.
            "module.agent_b.aws_iam_role_policy.vpc[0]",
            set(&[
                "ec2:DescribeNetworkInterfaces",
                "ec2:CreateNetworkInterface",
                "ec2:DeleteNetworkInterface",
                "ec2:AssignPrivateIpAddresses",
                "ec2:UnassignPrivateIpAddresses",
            ]),
        ),
    ])
}

#[test]
fn every_policy_the_modules_plan_is_least_privilege() {
    let aws = LocalAws::start();
    let terraform = Terraform::new("modules-all-options").var("endpoint", &aws.endpoint);
    terraform.init();
    // Applied first: a first plan leaves the policies that name new resources unknown.
    terraform.apply();
    let plan = terraform.show_plan_json();
    let documents = documents(&plan);

    // The module's deprecated update_deployment_schedule reaches check_agents_schedule (setting
    // check_agents_schedule too fails the plan: last, below).
    let mut all = Vec::new();
    resources(&plan["planned_values"]["root_module"], &mut all);
    let master = all
        .iter()
        .find(|r| r["address"] == "module.master.awsmon_master.this[0]")
        .expect("the master in the plan");
    assert_eq!(master["values"]["check_agents_schedule"], "rate(10 minutes)");

    // Nothing may go unread: each kind of document is in the plan.
    let origins: Vec<&str> = documents.iter().map(|d| d.origin.as_str()).collect();
    for needed in [
        "module.master.aws_kms_key.this[0].policy",
        "module.master.aws_sqs_queue_policy.ingest[0].policy",
        "module.master.awsmon_bus_policy.this[0].policy",
        r#"module.master.aws_iam_role.function["api"].assume_role_policy"#,
        // Issue 14 item 2: the forwarding rules invoke the agent function (no forwarder role),
        // and what they cannot deliver waits in the agent account's queue.
        "module.agent_a.aws_sqs_queue_policy.undelivered[0].policy",
        r#"module.agent_a.aws_lambda_permission.forward["alarms"] (function policy statement)"#,
    ] {
        assert!(
            origins.contains(&needed),
            "{needed} is not in the plan; read: {origins:#?}"
        );
    }

    // The example policies of the API's callers (module outputs): least privilege too, each
    // route named under the API's own execution ARN and stage.
    let outputs = terraform.outputs();
    let execution_arn = outputs["api_execution_arn"]["value"]
        .as_str()
        .expect("api_execution_arn")
        .to_owned();
    assert!(
        execution_arn.starts_with("arn:aws:execute-api:eu-west-1:111111111111:"),
        "{execution_arn}"
    );
    let mut documents = documents;
    for (output, routes) in [
        ("api_read_only_policy_json", vec!["GET/*"]),
        (
            "api_operator_policy_json",
            vec![
                "GET/*",
                "POST/issues/*/ack",
                "POST/issues/*/resolve",
                "POST/issues/*/mute",
                "POST/silences",
                "DELETE/silences/*",
            ],
        ),
    ] {
        let policy = parse(output, outputs[output]["value"].as_str().expect(output));
        let resources: BTreeSet<String> = statements(&policy)
            .into_iter()
            .flat_map(|s| strings(&s["Resource"]))
            .collect();
        let expected: BTreeSet<String> = routes
            .iter()
            .map(|route| format!("{execution_arn}/v2/{route}"))
            .collect();
        assert_eq!(resources, expected, "{output}: the routes of the stage");
        // What IAM would decide for a read and a write, with its wildcard rules.
        let allows = |route: &str| {
            let request = format!("{execution_arn}/v2/{route}");
            resources.iter().any(|r| iam_wildcard_matches(r, &request))
        };
        assert!(allows("GET/issues/0123456789abcdef"), "{output} reads");
        assert_eq!(
            allows("POST/issues/0123456789abcdef/ack"),
            output == "api_operator_policy_json",
            "{output}: only the operator may write"
        );
        let document = Document {
            origin: format!("output {output}"),
            kind: Kind::Identity,
            policy,
        };
        assert_eq!(actions_of(&document), set(&["execute-api:Invoke"]), "{output}");
        documents.push(document);
    }

    let found: Vec<String> = documents.iter().flat_map(violations).collect();
    assert!(
        found.is_empty(),
        "policies broader than needed:\n{}",
        found.join("\n")
    );

    for (address, expected) in expected_identity_policies() {
        let origin = format!("{address}.policy");
        let document = documents
            .iter()
            .find(|d| d.origin == origin)
            .unwrap_or_else(|| panic!("{origin} is not in the plan"));
        let actual = actions_of(document);
        assert_eq!(
            actual,
            expected,
            "{address}: granted but not used: {:?}; used but not granted: {:?}",
            actual.difference(&expected).collect::<Vec<_>>(),
            expected.difference(&actual).collect::<Vec<_>>()
        );
    }

    let both = terraform
        .var("check_agents_schedule", "rate(5 minutes)")
        .run(&["plan", "-no-color"]);
    // Terraform wraps the message: compared word by word.
    let text = String::from_utf8_lossy(&both.stderr)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(both.status.code(), Some(1), "{text}");
    assert!(
        text.contains("set check_agents_schedule only, update_deployment_schedule is its"),
        "{text}"
    );
}

/// The checker itself finds what it is there to find.
#[test]
fn the_checker_refuses_wildcards_and_open_principals() {
    let document = |kind: Kind, statement: Value| Document {
        origin: "test".into(),
        kind,
        policy: json!({"Statement": [statement]}),
    };
    let refused = [
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b"}),
        ),
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "Action": ["logs:*"], "Resource": "arn:aws:logs:eu-west-1:111111111111:log-group:x"}),
        ),
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "Action": ["logs:Describe*"], "Resource": "arn:aws:logs:eu-west-1:111111111111:log-group:x"}),
        ),
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "Action": ["dynamodb:GetItem"], "Resource": "*"}),
        ),
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "Action": ["logs:StopQuery", "logs:StartQuery"], "Resource": ["*"]}),
        ),
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "Action": ["dynamodb:GetItem"], "Resource": "arn:aws:dynamodb:*:*:table/awsmon"}),
        ),
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "NotAction": ["iam:*"], "Resource": "arn:aws:s3:::b"}),
        ),
        document(
            Kind::Resource,
            json!({"Effect": "Allow", "Action": "events:PutEvents", "Principal": "*", "Resource": "event-bus/awsmon"}),
        ),
        document(
            Kind::Resource,
            json!({"Effect": "Allow", "Action": "events:PutEvents", "Principal": "*", "Resource": "event-bus/awsmon", "Condition": {"StringLike": {"aws:PrincipalOrgID": "o-*"}}}),
        ),
        document(
            Kind::Resource,
            json!({"Effect": "Allow", "Action": "kms:*", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Resource": "*"}),
        ),
        document(
            Kind::KeyPolicy,
            json!({"Effect": "Allow", "Action": "kms:*", "Principal": {"Service": "events.amazonaws.com"}, "Resource": "*"}),
        ),
        document(
            Kind::Trust,
            json!({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}),
        ),
    ];
    for bad in &refused {
        assert!(!violations(bad).is_empty(), "not refused: {}", bad.policy);
    }
    let accepted = [
        document(
            Kind::Identity,
            json!({"Effect": "Allow", "Action": ["logs:StopQuery"], "Resource": "*"}),
        ),
        document(
            Kind::KeyPolicy,
            json!({"Effect": "Allow", "Action": "kms:*", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Resource": "*"}),
        ),
        document(
            Kind::Resource,
            json!({"Effect": "Allow", "Action": "events:PutEvents", "Principal": "*", "Resource": "event-bus/awsmon", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abcd123456"}}}),
        ),
        document(
            Kind::Resource,
            json!({"Effect": "Allow", "Action": "events:PutEvents", "Principal": "*", "Resource": "event-bus/awsmon", "Condition": {
                "StringEquals": {"aws:PrincipalOrgID": "o-abcd123456", "events:source": ["awsmon.agent"]},
                "StringLike": {"aws:PrincipalArn": ["arn:aws:iam::*:role/awsmon-agent-function"]}}}),
        ),
        document(
            Kind::Trust,
            json!({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}),
        ),
    ];
    for good in &accepted {
        assert_eq!(violations(good), Vec::<String>::new(), "refused: {}", good.policy);
    }
}
