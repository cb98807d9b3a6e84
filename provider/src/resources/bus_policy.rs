//! `awsmon_bus_policy`: the whole resource policy of the master's event bus.
//!
//! hashicorp/aws 3.39 (the oldest version the modules support) has only
//! `aws_cloudwatch_event_permission`, whose condition can name nothing but `aws:PrincipalOrgID`;
//! `aws_cloudwatch_event_bus_policy` came later. The master module builds the policy with
//! `aws_iam_policy_document` (conditions on `aws:PrincipalArn`, `events:source` and
//! `events:detail-type`) and this resource puts it on the bus with `PutPermission` and its
//! `Policy` parameter, reads it back for drift and removes it on destroy.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use tf_provider::schema::{AttributeConstraint, AttributeType, Block, Description, Schema};
use tf_provider::value::{Value, ValueEmpty, ValueString};
use tf_provider::{AttributePath, Diagnostics, Resource, map};

use crate::aws;
use crate::clients::Clients;
use crate::provider::SharedClients;
use crate::resources::{configured, report};
use crate::values::{attribute, text};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BusPolicyState<'a> {
    #[serde(borrow)]
    pub id: ValueString<'a>,
    pub event_bus_name: ValueString<'a>,
    pub policy: ValueString<'a>,
}

pub struct BusPolicyResource {
    clients: SharedClients,
}

impl BusPolicyResource {
    pub fn new(clients: SharedClients) -> Self {
        Self { clients }
    }
}

fn schema() -> Schema {
    use AttributeConstraint::{Computed, Required};
    use AttributeType::String;
    Schema {
        version: 0,
        block: Block {
            description: Description::plain(
                "The whole resource policy of an EventBridge bus (PutPermission with a policy document): who may put \
                 events on the awsmon master bus, with any condition IAM takes (aws:PrincipalArn, events:source, \
                 events:detail-type). Replaces the statements aws_cloudwatch_event_permission would add. Import with \
                 `terraform import awsmon_bus_policy.<label> <bus name>`.",
            ),
            attributes: map! {
                "id" => attribute(String, Computed, "The bus name."),
                "event_bus_name" => attribute(String, Required, "Name of the event bus (not its ARN). Changing it moves the policy to the new bus."),
                "policy" => attribute(String, Required, "The policy document (JSON), e.g. from aws_iam_policy_document. Compared as JSON: formatting is not drift."),
            },
            ..Default::default()
        },
    }
}

/// What a policy says, whatever its formatting; `None` when it is not JSON. EventBridge
/// returns a policy as IAM stores it: an account principal (`222222222222`) as its root ARN
/// (`arn:aws:iam::222222222222:root`), a one-element list as that element, lists possibly in
/// another order. Both sides are brought to one form so that none of that is drift.
fn meaning(policy: &str) -> Option<serde_json::Value> {
    serde_json::from_str(policy).ok().map(canonical)
}

fn canonical(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, canonical(v))).collect()),
        Value::Array(items) => {
            let mut items: Vec<Value> = items.into_iter().map(canonical).collect();
            items.sort_by_key(|item| item.to_string());
            items.dedup();
            if items.len() == 1 {
                items.pop().unwrap_or(Value::Null)
            } else {
                Value::Array(items)
            }
        }
        Value::String(text) => Value::String(account_of_root(&text).unwrap_or(text)),
        other => other,
    }
}

/// `222222222222` for `arn:<partition>:iam::222222222222:root`.
fn account_of_root(text: &str) -> Option<String> {
    let rest = text.strip_prefix("arn:")?;
    let (_partition, rest) = rest.split_once(':')?;
    let account = rest.strip_prefix("iam::")?.strip_suffix(":root")?;
    (account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit())).then(|| account.to_owned())
}

/// The bus name and the policy, when both are known: at plan time an unknown is checked later.
fn check(state: &BusPolicyState<'_>, diags: &mut Diagnostics) {
    if let Some(name) = text(&state.event_bus_name) {
        let valid = !name.is_empty()
            && name.len() <= 256
            && !name.starts_with("arn:")
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/._-".contains(&b));
        if !valid {
            diags.error(
                "Invalid event_bus_name",
                "must be the bus name (1 to 256 letters, digits, '.', '-', '_' or '/'), not its ARN",
                AttributePath::new("event_bus_name"),
            );
        }
    }
    if let Some(policy) = text(&state.policy) {
        let statements = meaning(policy).and_then(|p| p.get("Statement").cloned());
        if !statements.is_some_and(|s| s.is_array() || s.is_object()) {
            diags.error(
                "Invalid policy",
                "must be a JSON policy document with a Statement",
                AttributePath::new("policy"),
            );
        }
    }
}

/// Checks `planned` and puts its policy on its bus; the bus's name when that worked.
async fn put<'s>(
    clients: &Clients,
    planned: &'s BusPolicyState<'_>,
    diags: &mut Diagnostics,
) -> Option<&'s str> {
    check(planned, diags);
    if !diags.errors.is_empty() {
        return None;
    }
    let (bus, policy) = (text(&planned.event_bus_name)?, text(&planned.policy)?);
    if let Err(error) = aws::put_bus_policy(clients, bus, policy).await {
        report(diags, "Cannot put the bus policy", error);
        return None;
    }
    Some(bus)
}

#[async_trait]
impl Resource for BusPolicyResource {
    type State<'a> = BusPolicyState<'a>;
    type PrivateState<'a> = ValueEmpty;
    type ProviderMetaState<'a> = ValueEmpty;

    fn schema(&self, _diags: &mut Diagnostics) -> Option<Schema> {
        Some(schema())
    }

    async fn validate<'a>(&self, diags: &mut Diagnostics, config: Self::State<'a>) -> Option<()> {
        check(&config, diags);
        Some(())
    }

    async fn read<'a>(
        &self,
        diags: &mut Diagnostics,
        state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        let bus = text(&state.event_bus_name).or(text(&state.id))?.to_owned();
        let found = match aws::read_bus_policy(&clients, &bus).await {
            Ok(Some(Some(found))) => found,
            // The bus or its policy is gone: the plan puts it again.
            Ok(_) => return None,
            Err(error) => {
                report(diags, "Cannot read the bus policy", error);
                return Some((state, private_state));
            }
        };
        let mut state = state;
        state.id = Value::Value(bus.clone().into());
        state.event_bus_name = Value::Value(bus.into());
        let same = text(&state.policy)
            .and_then(meaning)
            .is_some_and(|known| Some(known) == meaning(&found));
        if !same {
            state.policy = Value::Value(found.into());
        }
        Some((state, private_state))
    }

    async fn plan_create<'a>(
        &self,
        _diags: &mut Diagnostics,
        proposed_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let mut state = proposed_state;
        state.id = state.event_bus_name.clone();
        Some((state, ValueEmpty::default()))
    }

    async fn plan_update<'a>(
        &self,
        _diags: &mut Diagnostics,
        _prior_state: Self::State<'a>,
        proposed_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        prior_private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>, Vec<AttributePath>)> {
        let mut state = proposed_state;
        state.id = state.event_bus_name.clone();
        Some((state, prior_private_state, Vec::new()))
    }

    async fn plan_destroy<'a>(
        &self,
        _diags: &mut Diagnostics,
        _prior_state: Self::State<'a>,
        prior_private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<Self::PrivateState<'a>> {
        Some(prior_private_state)
    }

    async fn create<'a>(
        &self,
        diags: &mut Diagnostics,
        planned_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        put(&clients, &planned_state, diags).await?;
        Some((planned_state, private_state))
    }

    async fn update<'a>(
        &self,
        diags: &mut Diagnostics,
        prior_state: Self::State<'a>,
        planned_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        let Some(bus) = put(&clients, &planned_state, diags).await else {
            return Some((prior_state, private_state));
        };
        // A policy moved to another bus leaves the old one without it.
        if let Some(old) = text(&prior_state.event_bus_name).filter(|old| *old != bus)
            && let Err(error) = aws::delete_bus_policy(&clients, old).await
        {
            report(diags, "Cannot remove the bus policy from the previous bus", error);
        }
        Some((planned_state, private_state))
    }

    async fn destroy<'a>(
        &self,
        diags: &mut Diagnostics,
        state: Self::State<'a>,
        _private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<()> {
        let clients = configured(&self.clients, diags)?.clone();
        let bus = text(&state.event_bus_name).or(text(&state.id))?.to_owned();
        match aws::delete_bus_policy(&clients, &bus).await {
            Ok(()) => Some(()),
            Err(error) => {
                report(diags, "Cannot remove the bus policy", error);
                None
            }
        }
    }

    async fn import<'a>(
        &self,
        _diags: &mut Diagnostics,
        id: String,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let state = BusPolicyState {
            id: Value::Value(id.clone().into()),
            event_bus_name: Value::Value(id.into()),
            policy: Value::Null,
        };
        Some((state, ValueEmpty::default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(bus: &str, policy: &str) -> BusPolicyState<'static> {
        BusPolicyState {
            id: Value::Null,
            event_bus_name: Value::Value(bus.to_owned().into()),
            policy: Value::Value(policy.to_owned().into()),
        }
    }

    #[test]
    fn a_bus_arn_or_a_policy_that_is_no_document_is_refused_on_its_attribute() {
        let mut diags = Diagnostics::default();
        check(
            &state("awsmon", r#"{"Version": "2012-10-17", "Statement": []}"#),
            &mut diags,
        );
        assert!(diags.errors.is_empty(), "{:?}", diags.errors);
        for (bus, policy, summary) in [
            (
                "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon",
                "{\"Statement\": []}",
                "Invalid event_bus_name",
            ),
            ("awsmon", "not json", "Invalid policy"),
            ("awsmon", "{\"Version\": \"2012-10-17\"}", "Invalid policy"),
        ] {
            let mut diags = Diagnostics::default();
            check(&state(bus, policy), &mut diags);
            assert_eq!(diags.errors.len(), 1, "{bus} {policy}");
            assert!(
                format!("{:?}", diags.errors[0]).contains(summary),
                "{:?}",
                diags.errors
            );
        }
    }

    #[test]
    fn formatting_and_iams_own_forms_are_not_drift() {
        assert_eq!(
            meaning("{\"Statement\":[{\"Effect\":\"Allow\"}]}"),
            meaning("{ \"Statement\" : [ { \"Effect\" : \"Allow\" } ] }")
        );
        // As written by aws_iam_policy_document, and as EventBridge returns it.
        let written = r#"{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow",
            "Action": "events:PutEvents", "Resource": "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon",
            "Principal": {"AWS": ["333333333333", "222222222222"]},
            "Condition": {"StringEquals": {"events:source": ["awsmon.agent"]}}}]}"#;
        let returned = r#"{"Version": "2012-10-17", "Statement": {"Sid": "A", "Effect": "Allow",
            "Action": "events:PutEvents", "Resource": "arn:aws:events:eu-west-1:111111111111:event-bus/awsmon",
            "Principal": {"AWS": ["arn:aws:iam::222222222222:root", "arn:aws:iam::333333333333:root"]},
            "Condition": {"StringEquals": {"events:source": "awsmon.agent"}}}}"#;
        assert_eq!(meaning(written), meaning(returned));
        // A real change still is one.
        let other_account = returned.replace("333333333333", "444444444444");
        assert_ne!(meaning(written), meaning(&other_account));
        assert_ne!(meaning(written), meaning(&written.replace("awsmon.agent", "app")));
    }
}
