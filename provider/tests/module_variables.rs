//! The modules expose the resources: every attribute a user can set on `awsmon_agent` and
//! `awsmon_master` (read from the provider's schema, as Terraform sees it) is set by its module,
//! and every number a module passes through is a variable with the contract's default and the
//! contract's range in its validation, so that `terraform plan` refuses a value at the module's
//! variable exactly when the provider would.

use std::collections::BTreeSet;

use awsmon_contract::setting::Number;
use awsmon_contract::{agent, functions, master};
use awsmon_tests::Terraform;
use awsmon_tests::toolchain::workspace_root;
use serde_json::Value;

/// Attributes a module deliberately leaves to the provider, with why.
const NOT_EXPOSED: [(&str, &str); 1] = [(
    "architecture",
    "only an x86_64 runtime exists; the provider refuses anything else",
)];

fn module_text(module: &str) -> String {
    let dir = workspace_root().join("modules").join(module);
    let mut text = String::new();
    for entry in std::fs::read_dir(&dir).expect("module dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|ext| ext == "tf") {
            text.push_str(&std::fs::read_to_string(&path).expect("read module"));
            text.push('\n');
        }
    }
    text
}

/// The schema of the awsmon provider's resources, as `terraform providers schema` prints it.
fn schema() -> Value {
    let dir = tempfile::Builder::new()
        .prefix("tf-schema-")
        .tempdir()
        .expect("temp dir");
    std::fs::write(
        dir.path().join("main.tf"),
        "terraform {\n  required_providers {\n    awsmon = { source = \"awsmon/awsmon\" }\n  }\n}\n",
    )
    .expect("write main.tf");
    let terraform = Terraform::in_dir(dir);
    terraform.init();
    let printed = terraform.succeed(&["providers", "schema", "-json"]);
    let json = &printed[printed.find('{').expect("schema JSON")..];
    let all: Value = serde_json::from_str(json).expect("schema JSON");
    all["provider_schemas"]["registry.terraform.io/awsmon/awsmon"]["resource_schemas"].clone()
}

/// The attributes and blocks of a resource a user may set (not computed only). A deprecated
/// attribute is a former name the module no longer sets: it sets the new one.
fn settable(resource: &Value) -> BTreeSet<String> {
    let block = &resource["block"];
    let attributes = block["attributes"]
        .as_object()
        .expect("attributes")
        .iter()
        .filter(|(_, a)| (a["optional"] == true || a["required"] == true) && a["deprecated"] != true)
        .map(|(name, _)| name.clone());
    let blocks = block["block_types"]
        .as_object()
        .map(|b| b.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    attributes.chain(blocks).collect()
}

/// The body of `resource "<type>" "this" { ... }` in a module's text, by brace depth.
fn resource_body(text: &str, resource: &str) -> String {
    let start = text
        .find(&format!("resource \"{resource}\" \"this\" {{"))
        .unwrap_or_else(|| panic!("no {resource}.this"));
    let mut depth = 0;
    for (offset, ch) in text[start..].char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return text[start..start + offset].to_owned();
                }
            }
            _ => {}
        }
    }
    panic!("{resource}.this does not end")
}

#[test]
fn every_settable_attribute_of_the_resources_is_set_by_its_module() {
    let schemas = schema();
    for (resource, module) in [("awsmon_agent", "agent"), ("awsmon_master", "master")] {
        let body = resource_body(&module_text(module), resource);
        let set_lines: BTreeSet<String> = body
            .lines()
            .filter_map(|line| {
                let line = line.trim();
                line.split_once(" =")
                    .map(|(name, _)| name.trim().to_owned())
                    .or_else(|| {
                        line.strip_prefix("dynamic \"")
                            .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
                    })
                    .or_else(|| line.strip_suffix(" {").map(|name| name.trim().to_owned()))
            })
            .collect();
        let settable = settable(&schemas[resource]);
        for expected in ["name", "layers", "vpc_config", "memory_size", "tags"] {
            assert!(
                settable.contains(expected),
                "{resource}'s schema has {expected}: {settable:?}"
            );
        }
        let missing: Vec<String> = settable
            .into_iter()
            .filter(|name| !set_lines.contains(name) && !NOT_EXPOSED.iter().any(|(n, _)| n == name))
            .collect();
        assert!(
            missing.is_empty(),
            "modules/{module} does not set {missing:?} of {resource}: add a typed, validated, described variable"
        );
    }
}

/// The text of `variable "<name>" { ... }` of a module.
fn variable(text: &str, name: &str) -> String {
    let start = text
        .find(&format!("variable \"{name}\" {{"))
        .unwrap_or_else(|| panic!("no variable {name}"));
    let end = text[start..].find("\n}\n").expect("the variable ends") + start;
    text[start..end].to_owned()
}

#[test]
fn number_variables_have_the_contract_default_and_range() {
    let agent_numbers: Vec<(&str, Number)> = agent::NUMBERS
        .iter()
        .filter(|n| !n.attribute.is_empty())
        .map(|n| (n.attribute, *n))
        .chain([
            ("memory_size", functions::MEMORY_SIZE),
            ("timeout", functions::AGENT_TIMEOUT),
        ])
        .collect();
    let master_numbers: Vec<(&str, Number)> = master::NUMBERS
        .iter()
        .filter(|n| !n.attribute.is_empty())
        // Nested attributes (notification_policy.x) are module variables named x.
        .map(|n| (n.attribute.rsplit('.').next().unwrap_or(n.attribute), *n))
        .chain([
            ("memory_size", functions::MEMORY_SIZE),
            ("timeout", functions::MASTER_TIMEOUT),
        ])
        .collect();
    let mut checked = 0;
    for (module, numbers) in [("agent", agent_numbers), ("master", master_numbers)] {
        let text = module_text(module);
        for (name, number) in numbers {
            let block = variable(&text, name);
            assert!(
                block.contains("type        = number"),
                "modules/{module}: {name} is a number:\n{block}"
            );
            assert!(
                block.contains(&format!("default     = {}\n", number.default)),
                "modules/{module}: {name}'s default is the contract's {}:\n{block}",
                number.default
            );
            assert!(
                block.contains(&format!(
                    "floor(var.{name}) == var.{name} && var.{name} >= {} && var.{name} <= {}",
                    number.min, number.max
                )),
                "modules/{module}: {name} is validated as a whole number of {}:\n{block}",
                number.range()
            );
            assert!(
                block.contains("description = \""),
                "modules/{module}: {name} is described"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 16, "the numbers of both resources");
}
