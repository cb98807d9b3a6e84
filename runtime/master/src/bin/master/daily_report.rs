//! The function `daily-report`, run by two schedules: daily (no input) and weekly
//! (input `{"kind": "weekly"}`). Clients and secrets are built once, at init.

use awsmon_domain::report::ReportKind;
use awsmon_master::MasterError;
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
        let kind = match payload.get("kind").and_then(Value::as_str) {
            None => ReportKind::Daily,
            Some(raw) => ReportKind::parse(raw).ok_or_else(|| MasterError::Config {
                name: "kind",
                reason: format!("the schedule input names no report kind: {raw:?}"),
            })?,
        };
        let span = tracing::info_span!("invocation", request_id = %context.request_id, kind = kind.as_str());
        let at = scheduled_at(&payload, now())?;
        Ok::<Value, Diagnostic>(
            master
                .report(kind, at, &context.request_id)
                .instrument(span)
                .await?,
        )
    }))
    .await
}
