//! Adding a monitored account touches nothing of the others: `modules-all-options` (a master and
//! two agent accounts) is applied on local AWS, then a third account is added the way a user adds
//! one (a provider pair and a module block, `added-account/agent_c.tf`, and its id in the
//! master's `agent_account_ids`). In the saved plan every resource outside the new account's
//! module is a no-op; the only change in the master is the bus policy, which names the new
//! account (updated in place).

use awsmon_tests::toolchain::workspace_root;
use awsmon_tests::{LocalAws, Terraform};
use serde_json::Value;

const NEW_ACCOUNT: &str = "444444444444";

/// The addresses the new account may create, and nothing else may change.
fn belongs_to_the_new_account(address: &str) -> bool {
    address.starts_with("module.agent_c.")
}

/// The master's bus policy lists the accounts: adding one updates it in place.
const BUS_POLICY: &str = "module.master.awsmon_bus_policy.this[0]";

#[test]
fn adding_an_agent_account_changes_nothing_in_the_others() {
    let aws = LocalAws::start();
    let terraform = Terraform::new("modules-all-options").var("endpoint", &aws.endpoint);
    terraform.init();
    terraform.apply();

    // The user's change: one more account.
    let added =
        workspace_root().join("tests/fixtures/terraform/modules-all-options/added-account/agent_c.tf");
    let text = std::fs::read_to_string(&added).expect("added-account/agent_c.tf");
    let text = text.replace("__WORKSPACE__", &workspace_root().display().to_string());
    std::fs::write(terraform.dir().join("agent_c.tf"), text).expect("write agent_c.tf");
    std::fs::write(
        terraform.dir().join("accounts.auto.tfvars.json"),
        serde_json::json!({"agent_account_ids": ["222222222222", "333333333333", NEW_ACCOUNT]}).to_string(),
    )
    .expect("write the account list");
    terraform.init(); // the new module block

    let plan = terraform.show_plan_json();
    let changes = plan["resource_changes"].as_array().expect("resource_changes");
    let actions = |change: &Value| -> Vec<String> {
        change["change"]["actions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str().map(str::to_owned))
            .collect()
    };
    let mut elsewhere = Vec::new();
    let mut created = Vec::new();
    for change in changes {
        let address = change["address"].as_str().expect("address");
        let actions = actions(change);
        if address == BUS_POLICY {
            assert_eq!(
                actions,
                ["update"],
                "{address}: the bus policy is updated in place"
            );
            let after = change["change"]["after"]["policy"].as_str().unwrap_or_default();
            assert!(
                after.contains(NEW_ACCOUNT),
                "the bus policy does not name {NEW_ACCOUNT}: {after}"
            );
            created.push(address.to_owned());
        } else if belongs_to_the_new_account(address) {
            assert_eq!(
                actions,
                ["create"],
                "{address}: the new account's resources are created, nothing else"
            );
            created.push(address.to_owned());
        } else if actions != ["no-op"] {
            elsewhere.push(format!("{address}: {actions:?}"));
        }
    }
    assert!(
        elsewhere.is_empty(),
        "adding account {NEW_ACCOUNT} changes other accounts' resources:\n{}",
        elsewhere.join("\n")
    );
    // The new account is really in the plan: its agent, its role and policy, its forwarding, and
    // the master's permission for it.
    for needed in [
        "module.agent_c.awsmon_agent.this[0]",
        "module.agent_c.aws_iam_role_policy.agent[0]",
        r#"module.agent_c.aws_cloudwatch_event_target.forward["alarms"]"#,
        r#"module.agent_c.aws_lambda_permission.forward["alarms"]"#,
        BUS_POLICY,
    ] {
        assert!(
            created.iter().any(|a| a == needed),
            "{needed} is not created: {created:#?}"
        );
    }
    let untouched = changes.len() - created.len();
    assert!(
        untouched >= 48,
        "the plan holds only {untouched} existing resources"
    );
}
