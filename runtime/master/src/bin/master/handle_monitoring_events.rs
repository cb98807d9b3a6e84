//! The function `handle-monitoring-events`: SQS batches from the ingest queue and the
//! scheduled outbox drain. Clients and webhook secrets are built once, at init.

use awsmon_master::config::MasterConfig;
use awsmon_master::ports::now;
use lambda_runtime::{Diagnostic, Error, LambdaEvent, service_fn};
use serde_json::Value;
use tracing::Instrument;

pub async fn run() -> Result<(), Error> {
    let config = MasterConfig::from_env()?;
    config.require_dlq()?;
    let master = crate::master(config).await?;
    let master = &master;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| async move {
        let (payload, context) = event.into_parts();
        let span = tracing::info_span!("invocation", request_id = %context.request_id);
        let (response, counters) = master
            .handle(payload, &context.request_id)
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
