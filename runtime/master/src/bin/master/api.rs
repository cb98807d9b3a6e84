//! The function `api`: API Gateway (REST, proxy integration) requests. Slack's button
//! clicks have their own function (`slack-interactions`) behind their own route; this one never
//! reads the Slack secrets. Clients are built once, at init.

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_master::api::Api;
use awsmon_master::config::MasterConfig;
use awsmon_master::dynamodb::DynamoStore;
use awsmon_master::ports::now;
use lambda_runtime::{Error, LambdaEvent, service_fn};
use tracing::Instrument;

pub async fn run() -> Result<(), Error> {
    let config = MasterConfig::from_env()?;
    let aws = awsmon_sdk_config::load().await;
    let store = DynamoStore::new(
        aws_sdk_dynamodb::Client::new(&aws),
        config.table_name.clone(),
        config.retention_days,
    );
    let api = Api::new(store);
    let api = &api;
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<ApiGatewayProxyRequest>| async move {
            let (request, context) = event.into_parts();
            let span = tracing::info_span!("invocation", request_id = %context.request_id);
            Ok::<_, Error>(
                api.handle(request, &context.request_id, now())
                    .instrument(span)
                    .await,
            )
        },
    ))
    .await
}
