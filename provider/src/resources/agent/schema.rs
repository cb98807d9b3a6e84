//! The `awsmon_agent` schema: attributes described from the contract.

use awsmon_contract::agent;
use awsmon_contract::functions::{self};
use tf_provider::map;
use tf_provider::schema::{AttributeConstraint, AttributeType, Block, Description, Schema};

use crate::function::settings::{dead_letter_queue_attribute, vpc_config_block};
use crate::values::{attribute, list_attribute, number_attribute, text_attribute};

pub(super) fn schema() -> Schema {
    use AttributeConstraint::{Computed, OptionalComputed, Required};
    use AttributeType::{List, Map, Number, String};
    let strings = || List(String.into());
    Schema {
        version: 0,
        block: Block {
            description: Description::plain(
                "The awsmon agent of one account and region: the query-error-logs function, its schedule and \
                 log group. Import with `terraform import awsmon_agent.<label> <function name>`.",
            ),
            attributes: map! {
                "id" => attribute(String, Computed, "The function name."),
                "name" => attribute(String, Required, "Name of the function (and prefix of its schedule rule). Changing it replaces the agent."),
                "master_bus_arn" => text_attribute(&agent::MASTER_BUS_ARN, Required),
                "role_arn" => attribute(String, Required, "Execution role of the function (from the agent module)."),
                "schedule_expression" => attribute(String, OptionalComputed, "How often the agent runs: rate(...) or cron(...). Default rate(5 minutes)."),
                "query_string" => text_attribute(&agent::QUERY_STRING, OptionalComputed),
                "window_seconds" => number_attribute(&agent::WINDOW_SECONDS),
                "delivery_latency_seconds" => number_attribute(&agent::DELIVERY_LATENCY_SECONDS),
                "chunk_size" => number_attribute(&agent::CHUNK_SIZE),
                "max_concurrent_queries" => number_attribute(&agent::MAX_CONCURRENT_QUERIES),
                "query_timeout_seconds" => number_attribute(&agent::QUERY_TIMEOUT_SECONDS),
                "log_group_names" => list_attribute(&agent::LOG_GROUP_NAMES),
                "log_group_prefixes" => list_attribute(&agent::LOG_GROUP_PREFIXES),
                "discovery_tag" => text_attribute(&agent::DISCOVERY_TAG, AttributeConstraint::Optional),
                "redact_patterns" => list_attribute(&agent::REDACT_PATTERNS),
                "memory_size" => number_attribute(&functions::MEMORY_SIZE),
                "timeout" => number_attribute(&functions::AGENT_TIMEOUT),
                "layers" => attribute(strings(), AttributeConstraint::Optional, "Extra Lambda layer ARNs, e.g. the Lambda Insights extension."),
                "architecture" => attribute(String, OptionalComputed, "Instruction set; only x86_64 is available."),
                "log_retention_days" => attribute(Number, OptionalComputed, "Retention of the function's log group, days. Default 30."),
                "dead_letter_queue_arn" => dead_letter_queue_attribute(),
                "tags" => attribute(Map(String.into()), AttributeConstraint::Optional, "Tags of the function and rule (with the provider's default_tags)."),
                "function_arn" => attribute(String, Computed, "ARN of the query-error-logs function."),
                "agent_id" => attribute(String, Computed, "The agent's id in the master's registry: <account>/<region>."),
                "runtime_version" => attribute(String, Computed, "The awsmon runtime version deployed."),
                "code_sha256" => attribute(String, Computed, "Lambda CodeSha256 of the deployed runtime package."),
                "checkpoint_table" => text_attribute(&agent::CHECKPOINT_TABLE, Computed),
            },
            blocks: map! {
                "vpc_config" => vpc_config_block("Run the function in a VPC (it then needs a route to the AWS APIs it calls)."),
            },
            ..Default::default()
        },
    }
}
