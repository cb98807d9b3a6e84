//! The master's one Lambda binary: every master function of the contract's registry, selected
//! by the function's handler setting, which Lambda passes as `_HANDLER` (the provider sets it to
//! the function's name). One binary builds, links and ships the master's code once; each
//! function still initialises only its own clients and secrets.

// The future of `slack-interactions` (SSM reads over reqwest, then the runtime's service) is
// deeper than rustc's default query depth when it computes its layout.
#![recursion_limit = "256"]

mod api;
mod check_agents;
mod daily_report;
mod handle_monitoring_events;
mod slack_interactions;

use awsmon_contract::functions::{self, MASTER_BINARY};
use awsmon_master::config::MasterConfig;
use awsmon_master::error::MasterError;
use awsmon_master::handler::Master;
use awsmon_sdk_config::aws_json::{JsonClient, SSM};
use lambda_runtime::Error;

/// Lambda's variable that holds the function's handler setting.
const HANDLER: &str = "_HANDLER";

/// The master of the functions that store and notify (`handle-monitoring-events`,
/// `daily-report`, `check-agents`): its DynamoDB and SQS clients and its Slack secrets, read
/// once at init.
async fn master(config: MasterConfig) -> Result<Master, MasterError> {
    let aws = awsmon_sdk_config::load().await;
    Master::new(
        config,
        aws_sdk_dynamodb::Client::new(&aws),
        aws_sdk_sqs::Client::new(&aws),
        &JsonClient::new(&aws, SSM),
    )
    .await
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::tracing::init_default_subscriber();
    let handler = std::env::var(HANDLER).unwrap_or_default();
    match functions::by_handler(MASTER_BINARY, &handler) {
        Some(functions::HANDLE_MONITORING_EVENTS) => handle_monitoring_events::run().await,
        Some(functions::DAILY_REPORT) => daily_report::run().await,
        Some(functions::CHECK_AGENTS) => check_agents::run().await,
        Some(functions::API) => api::run().await,
        Some(functions::SLACK_INTERACTIONS) => slack_interactions::run().await,
        // Not a master function, or one this binary has no entrypoint for (the registry's unit
        // test and the provider's deployment tests run every master function through here).
        _ => {
            let known: Vec<&str> = functions::MASTER.iter().map(|f| f.name).collect();
            Err(MasterError::Config {
                name: HANDLER,
                reason: format!(
                    "is {handler:?}, not one of the master's functions: {}",
                    known.join(", ")
                ),
            }
            .into())
        }
    }
}
