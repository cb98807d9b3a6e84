//! The function `slack-interactions`: Slack's button clicks, the one route of the REST
//! API without IAM (`POST /slack/interactions`). Deployed only when the Slack app's buttons are
//! configured: the signing secret and the bot token are read once, at init, and a function
//! without the signing secret fails init naming the variable. Any other API Gateway resource is
//! answered 404, whatever the path a caller chose.

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_master::api::{ApiError, render_error};
use awsmon_master::config::{self, MasterConfig};
use awsmon_master::dynamodb::DynamoStore;
use awsmon_master::error::MasterError;
use awsmon_master::handler::slack_web_api;
use awsmon_master::ports::now;
use awsmon_master::slack;
use awsmon_master::slack_interactions::{self, Audience, SigningSecret, SlackInteractions};
use awsmon_sdk_config::aws_json::{JsonClient, SSM};
use lambda_runtime::{Error, LambdaEvent, service_fn};
use tracing::Instrument;

pub async fn run() -> Result<(), Error> {
    let config = MasterConfig::from_env()?;
    let parameter = config
        .slack_app
        .signing_secret_parameter
        .clone()
        .ok_or(MasterError::Config {
            name: config::SLACK_SIGNING_SECRET_PARAMETER,
            reason: "is needed: this function takes the Slack app's button clicks".into(),
        })?;
    let aws = awsmon_sdk_config::load().await;
    let store = DynamoStore::new(
        aws_sdk_dynamodb::Client::new(&aws),
        config.table_name.clone(),
        config.retention_days,
    );
    let ssm = JsonClient::new(&aws, SSM);
    let signing_secret = SigningSecret::new(slack::read_secret(&ssm, "signing secret", &parameter).await?);
    let slack_api = slack_web_api(&config, &ssm).await?;
    let audience = Audience::of(&config.slack_app);
    let (store, signing_secret, slack_api, audience, config) =
        (&store, &signing_secret, &slack_api, &audience, &config);
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<ApiGatewayProxyRequest>| async move {
            let (request, context) = event.into_parts();
            if request.resource.as_deref() != Some(slack_interactions::RESOURCE) {
                return Ok::<_, Error>(render_error(&ApiError::NotFound {
                    what: "route",
                    id: request.resource.unwrap_or_default(),
                }));
            }
            let interactions = SlackInteractions {
                store,
                slack_api: slack_api.as_ref(),
                signing_secret,
                audience,
                account_names: &config.account_names,
                api_base: config.api_base_url.as_deref(),
            };
            let span = tracing::info_span!("invocation", request_id = %context.request_id);
            Ok(interactions.handle(&request, now()).instrument(span).await)
        },
    ))
    .await
}
