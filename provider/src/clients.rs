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
    /// Who the credentials are (`allowed_account_ids`).
    sts: aws_sdk_sts::Client,
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
    /// An EventBridge client for the region of the bus `bus_arn` names, with this provider's
    /// credentials and endpoint: the master bus may live in another region than the agent.
    pub fn events_for_bus(&self, bus_arn: &str) -> aws_sdk_eventbridge::Client {
        in_region_of_bus(&self.events, bus_arn)
    }

    /// The account the credentials act in.
    pub async fn account_id(&self) -> Result<String, String> {
        let identity = self
            .sts
            .get_caller_identity()
            .send()
            .await
            .map_err(|e| aws_sdk_sts::error::DisplayErrorContext(e).to_string())?;
        identity
            .account
            .ok_or_else(|| "GetCallerIdentity named no account".to_owned())
    }

    pub async fn connect(settings: &Settings) -> Self {
        let base = settings.sdk_config().await;
        Self {
            apigateway: client!(aws_sdk_apigateway, &base, settings, "apigateway"),
            lambda: client!(aws_sdk_lambda, &base, settings, "lambda"),
            dynamodb: client!(aws_sdk_dynamodb, &base, settings, "dynamodb"),
            events: client!(aws_sdk_eventbridge, &base, settings, "events"),
            logs: client!(aws_sdk_cloudwatchlogs, &base, settings, "logs"),
            sts: client!(aws_sdk_sts, &base, settings, "sts"),
            default_tags: settings.default_tags.clone(),
            region: base.region().map(|r| r.as_ref().to_owned()).unwrap_or_default(),
        }
    }
}

/// `client`, or a copy of it for the region of the bus `bus_arn` names when that differs
/// (EventBridge takes `PutEvents` for a bus only in the bus's region).
fn in_region_of_bus(client: &aws_sdk_eventbridge::Client, bus_arn: &str) -> aws_sdk_eventbridge::Client {
    let current = client.config().region().map(|r| r.as_ref().to_owned());
    match awsmon_contract::agent::event_bus_region(bus_arn) {
        Some(region) if current.as_deref() != Some(region) => aws_sdk_eventbridge::Client::from_conf(
            client
                .config()
                .to_builder()
                .region(aws_sdk_eventbridge::config::Region::new(region.to_owned()))
                .build(),
        ),
        _ => client.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn announcements_go_to_the_bus_region() {
        let config = aws_sdk_eventbridge::Config::builder()
            .behavior_version_latest()
            .region(aws_sdk_eventbridge::config::Region::new("eu-west-1"))
            .build();
        let client = aws_sdk_eventbridge::Client::from_conf(config);
        let region = |c: aws_sdk_eventbridge::Client| c.config().region().map(|r| r.as_ref().to_owned());
        assert_eq!(
            region(in_region_of_bus(
                &client,
                "arn:aws:events:us-east-1:111111111111:event-bus/awsmon"
            )),
            Some("us-east-1".to_owned())
        );
        assert_eq!(
            region(in_region_of_bus(
                &client,
                "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon"
            )),
            Some("eu-west-1".to_owned())
        );
    }
}
