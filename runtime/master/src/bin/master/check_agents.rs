//! The function `check-agents`, run on a schedule: flags silent agents and
//! version drift as events that notify like any other. (Heartbeats and deployments reach the
//! registry through `handle-monitoring-events`.) Clients and secrets are built once, at init.

use awsmon_master::config::MasterConfig;
use awsmon_master::handler::{Master, scheduled_at};
use awsmon_master::ports::now;
use awsmon_sdk_config::aws_json::{JsonClient, SSM};
use lambda_runtime::{Diagnostic, Error, LambdaEvent, service_fn};
use serde_json::Value;
use tracing::Instrument;

pub async fn run() -> Result<(), Error> {
    let config = MasterConfig::from_env()?;
    let aws = awsmon_sdk_config::load().await;
    let master = Master::new(
        config,
        aws_sdk_dynamodb::Client::new(&aws),
        aws_sdk_sqs::Client::new(&aws),
        &JsonClient::new(&aws, SSM),
    )
    .await?;
    let master = &master;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| async move {
        let (payload, context) = event.into_parts();
        let at = scheduled_at(&payload, now())?;
        let span = tracing::info_span!("invocation", request_id = %context.request_id);
        let (response, counters) = master
            .check_agents(at, &context.request_id)
            .instrument(span)
            .await?;
        println!(
            "{}",
            counters.emf(&context.env_config.function_name, now().millis())
        );
        Ok::<Value, Diagnostic>(response)
    }))
    .await
}
