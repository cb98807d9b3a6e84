//! The master bus through EventBridge PutEvents.

use aws_sdk_eventbridge::Client;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use awsmon_domain::agent_event::SOURCE;

use crate::error::AwsError;
use crate::ports::{BusEntry, EntryOutcome, EventBus};

#[derive(Debug, Clone)]
pub struct MasterBus {
    client: Client,
    bus_arn: String,
}

impl MasterBus {
    /// Puts on `bus_arn` with `client`'s credentials and settings, in the bus's region: an
    /// agent in another region than the master sends to where the bus lives (EventBridge takes
    /// `PutEvents` for a bus only in the bus's region).
    pub fn new(client: Client, bus_arn: &str) -> Self {
        let client = match awsmon_contract::agent::event_bus_region(bus_arn) {
            Some(region) if client.config().region().map(|r| r.as_ref()) != Some(region) => {
                let config = client
                    .config()
                    .to_builder()
                    .region(aws_sdk_eventbridge::config::Region::new(region.to_owned()))
                    .build();
                Client::from_conf(config)
            }
            _ => client,
        };
        Self {
            client,
            bus_arn: bus_arn.to_owned(),
        }
    }
}

impl EventBus for MasterBus {
    async fn put_events(&self, entries: &[BusEntry]) -> Result<Vec<EntryOutcome>, AwsError> {
        let request = entries.iter().map(|entry| {
            PutEventsRequestEntry::builder()
                .event_bus_name(&self.bus_arn)
                .source(SOURCE)
                .detail_type(entry.detail_type)
                .detail(&entry.detail)
                .build()
        });
        let output = self
            .client
            .put_events()
            .set_entries(Some(request.collect()))
            .send()
            .await
            .map_err(|e| AwsError::from_sdk("PutEvents", e))?;
        let results = output.entries.unwrap_or_default();
        Ok((0..entries.len())
            .map(|i| match results.get(i) {
                Some(result) if result.error_code.is_none() && result.event_id.is_some() => {
                    EntryOutcome::Accepted
                }
                Some(result) => EntryOutcome::Failed {
                    code: result.error_code.clone().unwrap_or_else(|| "Unknown".into()),
                    message: result.error_message.clone().unwrap_or_default(),
                },
                None => EntryOutcome::Failed {
                    code: "MissingResult".into(),
                    message: "PutEvents returned fewer results than entries".into(),
                },
            })
            .collect())
    }
}
