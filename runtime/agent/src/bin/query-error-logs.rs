//! Lambda entrypoint of `query-error-logs`: configuration and AWS clients are built once at
//! init (an invalid setting fails the init, naming the setting); each scheduled invocation runs
//! the agent once and sends its heartbeat; an AWS event a forwarding rule delivers is redacted
//! and published to the master (`awsmon_domain::forwarded` decides which is which).

use awsmon_sdk_config::aws_json::{ECS, JsonClient, LAMBDA, TAGGING};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use awsmon_agent::adapters::{CloudWatchLogs, DynamoCheckpoints, MasterBus, TaggedByTag};
use awsmon_agent::error::ForwardError;
use awsmon_agent::{Agent, Config, Ports, Tuning};
use awsmon_domain::agent_event::AgentIdentity;
use awsmon_domain::forwarded::{Invocation, invocation};
use awsmon_domain::{AccountId, Region, Timestamp};
use lambda_runtime::{Diagnostic, Error, LambdaEvent, service_fn};
use serde_json::{Value, json};
use tracing::Instrument;

/// Why an invocation reports failure (the heartbeat was still attempted).
#[derive(Debug, thiserror::Error)]
enum InvocationError {
    #[error("cannot tell the account from the function ARN {0:?}")]
    BadFunctionArn(String),
    #[error("AWS_REGION {0:?} is not a region")]
    BadRegion(String),
    #[error(
        "run incomplete: {failed_chunks} chunks failed (retried next run), heartbeat sent: {heartbeat_sent}"
    )]
    Incomplete {
        failed_chunks: u64,
        heartbeat_sent: bool,
    },
    #[error("forwarding to the master failed: {0}")]
    Forward(#[from] ForwardError),
}

impl From<InvocationError> for Diagnostic {
    fn from(error: InvocationError) -> Self {
        // Whether invoking again can help: the next scheduled run retries failed chunks.
        let error_type = match error {
            InvocationError::BadFunctionArn(_) | InvocationError::BadRegion(_) => "Configuration.Permanent",
            InvocationError::Incomplete { .. } => "RunIncomplete.Retryable",
            InvocationError::Forward(ref e) if e.is_retryable() => "Forward.Retryable",
            InvocationError::Forward(_) => "Forward.Permanent",
        };
        Diagnostic {
            error_type: error_type.to_owned(),
            error_message: error.to_string(),
        }
    }
}

fn identity(function_arn: &str) -> Result<AgentIdentity, InvocationError> {
    let account = function_arn.split(':').nth(4).unwrap_or_default();
    let region = std::env::var("AWS_REGION").unwrap_or_default();
    Ok(AgentIdentity {
        account_id: AccountId::parse(account)
            .map_err(|_| InvocationError::BadFunctionArn(function_arn.to_owned()))?,
        region: Region::parse(&region).map_err(|_| InvocationError::BadRegion(region.clone()))?,
        agent_version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

fn epoch_millis() -> i64 {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::tracing::init_default_subscriber();
    // Logged with its message (the returned error is printed with Debug): it names the setting.
    let config = Config::from_env().inspect_err(|e| tracing::error!(error = %e, "init failed"))?;
    let aws = awsmon_sdk_config::load().await;
    let ports = Ports {
        logs: CloudWatchLogs::new(aws_sdk_cloudwatchlogs::Client::new(&aws)),
        tagged: TaggedByTag::new(
            JsonClient::new(&aws, TAGGING),
            JsonClient::new(&aws, ECS),
            JsonClient::new(&aws, LAMBDA),
        ),
        store: DynamoCheckpoints::new(aws_sdk_dynamodb::Client::new(&aws), &config.checkpoint_table),
        bus: MasterBus::new(aws_sdk_eventbridge::Client::new(&aws), &config.master_bus_arn),
    };
    let agent = Agent::new(config, ports, Tuning::default())?;
    let agent = &agent;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| async move {
        let (payload, context) = (event.payload, event.context);
        let span = tracing::info_span!("invocation", request_id = %context.request_id);
        async move {
            let identity = identity(&context.invoked_function_arn)?;
            if invocation(&payload) == Invocation::Forward {
                let published = agent.forward(&identity, &payload).await?;
                return Ok(json!({"forwarded": published.events}));
            }
            let left_ms = u64::try_from(i64::try_from(context.deadline).unwrap_or(i64::MAX) - epoch_millis())
                .unwrap_or(0);
            let deadline = tokio::time::Instant::now() + Duration::from_millis(left_ms);
            let now = Timestamp::from_millis(epoch_millis());
            // Boxed: the run's future is deep enough to overflow the compiler's layout depth
            // inside the runtime's service future.
            let report = Box::pin(agent.run(&identity, now, deadline)).await;
            if report.succeeded() {
                Ok(json!({"heartbeat": report.heartbeat.id, "events": report.heartbeat.events_published}))
            } else {
                Err(InvocationError::Incomplete {
                    failed_chunks: report.heartbeat.failed_chunks,
                    heartbeat_sent: report.heartbeat_sent.is_ok(),
                })
            }
        }
        .instrument(span)
        .await
    }))
    .await
}
