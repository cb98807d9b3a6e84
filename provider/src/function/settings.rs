//! What both resources share about the functions they deploy: the provider's clients, extra
//! layers, a VPC and tags, as configured and as read back from Lambda, and how a failed AWS
//! call becomes a diagnostic.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tf_provider::map;
use tf_provider::schema::{AttributeConstraint, AttributeType, Block, Description, NestedBlock};
use tf_provider::value::{Value, ValueList, ValueMap, ValueString};

use crate::aws::Vpc;
use crate::values::{attribute, string_list, string_map, strings, value_map};

/// The `dead_letter_queue_arn` attribute, the same on both resources.
pub fn dead_letter_queue_attribute() -> tf_provider::schema::Attribute {
    attribute(
        AttributeType::String,
        AttributeConstraint::Optional,
        "SQS queue that keeps the scheduled events EventBridge could not deliver to the functions \
         (function missing, permission refused, throttled past its retries); its policy must let \
         events.amazonaws.com send to it. Unset: such an event is dropped.",
    )
}

/// Subnets and security groups for functions that must run in a VPC.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VpcConfigBlock<'a> {
    #[serde(borrow)]
    pub subnet_ids: ValueList<ValueString<'a>>,
    pub security_group_ids: ValueList<ValueString<'a>>,
}

/// The `vpc_config` block; `description` says what the functions then need.
pub fn vpc_config_block(description: &str) -> NestedBlock {
    let strings = || AttributeType::List(AttributeType::String.into());
    NestedBlock::Optional(Block {
        description: Description::plain(description),
        attributes: map! {
            "subnet_ids" => attribute(strings(), AttributeConstraint::Required, "Subnets of the functions' network interfaces."),
            "security_group_ids" => attribute(strings(), AttributeConstraint::Required, "Security groups of the functions' network interfaces."),
        },
        ..Default::default()
    })
}

pub fn vpc(block: &Value<VpcConfigBlock<'_>>) -> Option<Vpc> {
    let block = block.as_ref_option()?;
    Some(Vpc {
        subnet_ids: strings(&block.subnet_ids),
        security_group_ids: strings(&block.security_group_ids),
    })
}

pub fn vpc_back<'a>(deployed: Option<&Vpc>) -> Value<VpcConfigBlock<'a>> {
    match deployed {
        Some(vpc) => Value::Value(VpcConfigBlock {
            subnet_ids: string_list(vpc.subnet_ids.clone()),
            security_group_ids: string_list(vpc.security_group_ids.clone()),
        }),
        None => Value::Null,
    }
}

/// The log group Lambda writes a function's output to, made by the provider so that its
/// retention is Terraform's choice.
pub fn log_group(function: &str) -> String {
    format!("/aws/lambda/{function}")
}

/// Lambda keeps no difference between no layers and an empty list: none stays what it was.
pub fn layers_back<'a>(
    deployed: &[String],
    prior: &ValueList<ValueString<'a>>,
) -> ValueList<ValueString<'a>> {
    if deployed.is_empty() && prior.is_null() {
        Value::Null
    } else {
        string_list(deployed.to_vec())
    }
}

/// The tag awsmon puts on everything it makes, whatever the configuration says.
pub const COMPONENT_TAG: &str = "awsmon:component";

/// What a resource tags with: the provider's default tags, the resource's own, and awsmon's
/// component tag (`component` is `agent` or `master`).
pub fn tags(
    defaults: &BTreeMap<String, String>,
    own: &ValueMap<'_, ValueString<'_>>,
    component: &str,
) -> BTreeMap<String, String> {
    let mut tags = defaults.clone();
    tags.extend(string_map(own));
    tags.insert(COMPONENT_TAG.into(), component.into());
    tags
}

/// The resource's own tags from what AWS reports: without the provider's default tags (unless
/// the resource overrides one) and without awsmon's own (`awsmon:component` and `also_awsmons`).
pub fn own_tags(
    deployed: &BTreeMap<String, String>,
    defaults: &BTreeMap<String, String>,
    also_awsmons: &[&str],
) -> BTreeMap<String, String> {
    deployed
        .iter()
        .filter(|(k, v)| {
            k.as_str() != COMPONENT_TAG && !also_awsmons.contains(&k.as_str()) && defaults.get(*k) != Some(*v)
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The `tags` attribute read back: no tags stay null when they were not configured.
pub fn tags_back<'a>(
    own: BTreeMap<String, String>,
    prior: &ValueMap<'a, ValueString<'a>>,
) -> ValueMap<'a, ValueString<'a>> {
    if own.is_empty() && prior.is_null() {
        Value::Null
    } else {
        value_map(own)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_tags_leave_out_defaults_and_awsmons_own() {
        let defaults = BTreeMap::from([
            ("team".to_owned(), "platform".to_owned()),
            ("env".to_owned(), "prod".to_owned()),
        ]);
        let deployed = BTreeMap::from([
            ("team".to_owned(), "platform".to_owned()),
            ("env".to_owned(), "staging".to_owned()),
            ("service".to_owned(), "monitoring".to_owned()),
            ("awsmon:component".to_owned(), "agent".to_owned()),
            ("awsmon:version".to_owned(), "0.1.0".to_owned()),
        ]);
        let own = own_tags(&deployed, &defaults, &["awsmon:version"]);
        assert_eq!(
            own.keys().collect::<Vec<_>>(),
            ["env", "service"],
            "an overridden default is the resource's own"
        );
    }
}
