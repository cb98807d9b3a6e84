//! `awsmon_bus_policy` on local AWS with Terraform 1.0.3: the policy it puts is the one
//! EventBridge holds, a second plan is empty, a change made outside Terraform shows in the plan
//! and the next apply puts the policy back, a change of the configuration updates it in place,
//! and destroy leaves the bus without a policy.

use awsmon_tests::{LocalAws, MASTER_ACCOUNT, Terraform};
use serde_json::Value;

const BUS: &str = "awsmon-policy-test";

async fn bus_policy(aws: &LocalAws) -> Option<Value> {
    let found = aws
        .eventbridge(MASTER_ACCOUNT)
        .describe_event_bus()
        .name(BUS)
        .send()
        .await
        .expect("DescribeEventBus");
    found
        .policy()
        .map(|p| serde_json::from_str(p).expect("the bus policy is JSON"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_bus_policy_is_put_read_back_converged_and_removed() {
    let aws = LocalAws::start();
    let terraform = Terraform::new("bus-policy").var("endpoint", &aws.endpoint);
    terraform.init();
    terraform.apply();
    let policy = bus_policy(&aws).await.expect("a policy after apply");
    let statement = &policy["Statement"][0];
    assert_eq!(statement["Sid"], "AwsmonAgentEvents", "{policy}");
    assert_eq!(
        statement["Condition"]["StringLike"]["aws:PrincipalArn"],
        serde_json::json!(["arn:aws:iam::*:role/awsmon-agent-function"]),
        "{policy}"
    );
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "plan right after apply:\n{plan}");

    // Someone opens the bus to every account of the world: the plan sees it, apply undoes it.
    let open = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Open","Effect":"Allow","Principal":"*","Action":"events:PutEvents","Resource":"*"}]}"#;
    aws.eventbridge(MASTER_ACCOUNT)
        .put_permission()
        .event_bus_name(BUS)
        .policy(open)
        .send()
        .await
        .expect("PutPermission outside Terraform");
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "the drift is not in the plan:\n{plan}");
    assert!(plan.contains("awsmon_bus_policy.this"), "{plan}");
    terraform.apply();
    let policy = bus_policy(&aws).await.expect("a policy");
    let sids: Vec<&str> = policy["Statement"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["Sid"].as_str())
        .collect();
    assert_eq!(
        sids,
        ["AwsmonAgentEvents"],
        "the outside statement is gone: {policy}"
    );

    // A new account: the policy is updated in place.
    let terraform = terraform.var("agent_accounts", r#"["222222222222","333333333333"]"#);
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "{plan}");
    assert!(plan.contains("updated in-place"), "{plan}");
    terraform.apply();
    let policy = bus_policy(&aws).await.expect("a policy");
    assert!(policy.to_string().contains("333333333333"), "{policy}");

    // Destroying the policy alone leaves the bus without one.
    let output = terraform.run(&[
        "destroy",
        "-auto-approve",
        "-no-color",
        "-target=awsmon_bus_policy.this",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(bus_policy(&aws).await, None, "the policy survived its destroy");
    terraform.destroy();
    let left = aws
        .eventbridge(MASTER_ACCOUNT)
        .list_event_buses()
        .send()
        .await
        .expect("ListEventBuses");
    assert!(
        left.event_buses().iter().all(|b| b.name() != Some(BUS)),
        "the bus is still there"
    );
}
