//! Lambda entrypoint of `api`: API Gateway (REST, proxy integration) requests, and Slack's
//! button clicks on their own route (`POST /slack/interactions`, told apart by API Gateway's
//! resource, not by the path a caller chose). Clients are built once, at init; Slack's
//! signing secret and bot token are read only when the Slack app is configured.

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_master::api::{Api, ApiError, render_error};
use awsmon_master::config::MasterConfig;
use awsmon_master::dynamodb::DynamoStore;
use awsmon_master::handler::slack_web_api;
use awsmon_master::ports::now;
use awsmon_master::slack;
use awsmon_master::slack_interactions::{self, Audience, SigningSecret, SlackInteractions};
use lambda_runtime::{Error, LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::tracing::init_default_subscriber();
    let config = MasterConfig::from_env()?;
    let aws = awsmon_sdk_config::load().await;
    let store = DynamoStore::new(
        aws_sdk_dynamodb::Client::new(&aws),
        config.table_name.clone(),
        config.retention_days,
    );
    let api = Api::new(store.clone());
    let slack_app = &config.slack_app;
    let (signing_secret, slack_api) = match &slack_app.signing_secret_parameter {
        Some(parameter) => {
            let ssm = aws_sdk_ssm::Client::new(&aws);
            let secret = slack::read_secret(&ssm, "signing secret", parameter).await?;
            (
                Some(SigningSecret::new(secret)),
                slack_web_api(&config, &ssm).await?,
            )
        }
        None => (None, None),
    };
    let audience = Audience::of(slack_app);
    let (api, store, signing_secret, slack_api, audience, config) =
        (&api, &store, &signing_secret, &slack_api, &audience, &config);
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<ApiGatewayProxyRequest>| async move {
            let (request, context) = event.into_parts();
            if request.resource.as_deref() != Some(slack_interactions::RESOURCE) {
                return Ok::<_, Error>(api.handle(request, &context.request_id, now()).await);
            }
            let Some(signing_secret) = signing_secret else {
                return Ok(render_error(&ApiError::NotFound {
                    what: "route",
                    id: slack_interactions::RESOURCE.to_owned(),
                }));
            };
            let interactions = SlackInteractions {
                store,
                slack_api: slack_api.as_ref(),
                signing_secret,
                audience,
                account_names: &config.account_names,
                api_base: config.api_base_url.as_deref(),
            };
            Ok(interactions.handle(&request, now()).await)
        },
    ))
    .await
}
