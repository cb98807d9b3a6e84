//! The function `check-agents`, run on a schedule: flags silent agents and
//! version drift as events that notify like any other. (Heartbeats and deployments reach the
//! registry through `handle-monitoring-events`.) Clients and secrets are built once, at init.

use awsmon_master::config::MasterConfig;
use awsmon_master::handler::scheduled_at;
use awsmon_master::ports::now;
use lambda_runtime::{Diagnostic, Error, LambdaEvent, service_fn};
use serde_json::Value;
use tracing::Instrument;

pub async fn run() -> Result<(), Error> {
    let config = MasterConfig::from_env()?;
    let master = crate::master(config).await?;
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
