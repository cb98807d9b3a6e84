//! Lambda entrypoint of `api`: API Gateway (REST, proxy integration) requests. The DynamoDB
//! client is built once, at init; the API needs no Slack secrets, so none are read.

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_master::api::Api;
use awsmon_master::config::MasterConfig;
use awsmon_master::dynamodb::DynamoStore;
use awsmon_master::ports::now;
use lambda_runtime::{Error, LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::tracing::init_default_subscriber();
    let config = MasterConfig::from_env()?;
    let aws = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let api = Api::new(DynamoStore::new(
        aws_sdk_dynamodb::Client::new(&aws),
        config.table_name,
        config.retention_days,
    ));
    let api = &api;
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<ApiGatewayProxyRequest>| async move {
            let (request, context) = event.into_parts();
            Ok::<_, Error>(api.handle(request, &context.request_id, now()).await)
        },
    ))
    .await
}
