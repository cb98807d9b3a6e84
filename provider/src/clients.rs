//! The AWS clients both resources share, built once when the provider is configured.

use std::collections::BTreeMap;

use crate::provider::Settings;

#[derive(Debug, Clone)]
pub struct Clients {
    pub apigateway: aws_sdk_apigateway::Client,
    pub lambda: aws_sdk_lambda::Client,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub events: aws_sdk_eventbridge::Client,
    pub logs: aws_sdk_cloudwatchlogs::Client,
    pub default_tags: BTreeMap<String, String>,
    /// The region everything is deployed in (for ARNs and the API's URL).
    pub region: String,
}

/// A client of `$sdk` from `$base`, with the provider's endpoint for `$service` when set.
macro_rules! client {
    ($sdk:ident, $base:expr, $settings:expr, $service:literal) => {{
        let mut builder = $sdk::config::Builder::from($base);
        if let Some(url) = $settings.endpoints.get($service) {
            builder = builder.endpoint_url(url);
        }
        $sdk::Client::from_conf(builder.build())
    }};
}

impl Clients {
    pub async fn connect(settings: &Settings) -> Self {
        let base = settings.sdk_config().await;
        Self {
            apigateway: client!(aws_sdk_apigateway, &base, settings, "apigateway"),
            lambda: client!(aws_sdk_lambda, &base, settings, "lambda"),
            dynamodb: client!(aws_sdk_dynamodb, &base, settings, "dynamodb"),
            events: client!(aws_sdk_eventbridge, &base, settings, "events"),
            logs: client!(aws_sdk_cloudwatchlogs, &base, settings, "logs"),
            default_tags: settings.default_tags.clone(),
            region: base.region().map(|r| r.as_ref().to_owned()).unwrap_or_default(),
        }
    }
}
