//! The `awsmon` provider block: where and as whom to call AWS.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use async_trait::async_trait;
use aws_config::{Region, SdkConfig};
use aws_credential_types::provider::SharedCredentialsProvider;
use serde::{Deserialize, Serialize};
use tf_provider::schema::{
    Attribute, AttributeConstraint, AttributeType, Block, Description, NestedBlock, Schema,
};
use tf_provider::value::{Value, ValueEmpty, ValueList, ValueMap, ValueString};
use tf_provider::{AttributePath, Diagnostics, DynamicDataSource, DynamicResource, Provider, map};
use tokio::sync::OnceCell;

use crate::clients::Clients;
use crate::resources::agent::AgentResource;
use crate::resources::bus_policy::BusPolicyResource;
use crate::resources::master::MasterResource;
use crate::validation;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AssumeRoleBlock<'a> {
    #[serde(borrow)]
    pub role_arn: ValueString<'a>,
    pub external_id: ValueString<'a>,
    pub session_name: ValueString<'a>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EndpointsBlock<'a> {
    #[serde(borrow)]
    pub apigateway: ValueString<'a>,
    pub dynamodb: ValueString<'a>,
    pub events: ValueString<'a>,
    pub lambda: ValueString<'a>,
    pub logs: ValueString<'a>,
    pub sts: ValueString<'a>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProviderConfig<'a> {
    #[serde(borrow)]
    pub region: ValueString<'a>,
    pub profile: ValueString<'a>,
    #[serde(with = "crate::block")]
    pub assume_role: Value<AssumeRoleBlock<'a>>,
    #[serde(with = "crate::block")]
    pub endpoints: Value<EndpointsBlock<'a>>,
    pub default_tags: ValueMap<'a, ValueString<'a>>,
    pub allowed_account_ids: ValueList<ValueString<'a>>,
}

/// The configured clients, shared with every resource once `configure` has run.
pub type SharedClients = Arc<OnceCell<Clients>>;

#[derive(Debug, Default, Clone)]
pub struct AwsmonProvider {
    clients: SharedClients,
}

fn string_attribute(description: &str, constraint: AttributeConstraint) -> Attribute {
    Attribute {
        attr_type: AttributeType::String,
        description: Description::plain(description),
        constraint,
        ..Default::default()
    }
}

fn provider_schema() -> Schema {
    let endpoint = |service: &str| {
        string_attribute(
            &format!("URL to call {service} at instead of AWS's (local AWS, VPC endpoints)."),
            AttributeConstraint::Optional,
        )
    };
    Schema {
        version: 0,
        block: Block {
            description: Description::plain(
                "awsmon deploys its runtime with these credentials. Credentials come from the standard AWS chain \
                 (environment, shared config and SSO, container and instance roles).",
            ),
            attributes: map! {
                "region" => string_attribute("AWS region to deploy into; defaults to the chain's region (AWS_REGION, profile).", AttributeConstraint::Optional),
                "profile" => string_attribute("Named profile of the shared AWS config to use.", AttributeConstraint::Optional),
                "allowed_account_ids" => Attribute {
                    attr_type: AttributeType::List(AttributeType::String.into()),
                    description: Description::plain(
                        "Accounts this provider may deploy into: with the wrong credentials it stops before \
                         changing anything (as the aws provider's allowed_account_ids).",
                    ),
                    constraint: AttributeConstraint::Optional,
                    ..Default::default()
                },
                "default_tags" => Attribute {
                    attr_type: AttributeType::Map(AttributeType::String.into()),
                    description: Description::plain("Tags added to everything awsmon creates; a resource's own tags win."),
                    constraint: AttributeConstraint::Optional,
                    ..Default::default()
                },
            },
            blocks: map! {
                "assume_role" => NestedBlock::Optional(Block {
                    description: Description::plain("Assume this role (in the target account) before deploying."),
                    attributes: map! {
                        "role_arn" => string_attribute("ARN of the role to assume.", AttributeConstraint::Required),
                        "external_id" => string_attribute("External id the role's trust policy requires.", AttributeConstraint::Optional),
                        "session_name" => string_attribute("Session name (default: terraform-provider-awsmon).", AttributeConstraint::Optional),
                    },
                    ..Default::default()
                }),
                "endpoints" => NestedBlock::Optional(Block {
                    description: Description::plain("Service endpoints, for local AWS or VPC endpoints."),
                    attributes: map! {
                        "apigateway" => endpoint("API Gateway"),
                        "dynamodb" => endpoint("DynamoDB"),
                        "events" => endpoint("EventBridge"),
                        "lambda" => endpoint("Lambda"),
                        "logs" => endpoint("CloudWatch Logs"),
                        "sts" => endpoint("STS"),
                    },
                    ..Default::default()
                }),
            },
            ..Default::default()
        },
    }
}

/// Resolved provider settings (no AWS types), the input of [`Clients::connect`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub region: Option<String>,
    pub profile: Option<String>,
    pub assume_role: Option<(String, Option<String>, String)>,
    pub endpoints: BTreeMap<&'static str, String>,
    pub default_tags: BTreeMap<String, String>,
    /// Empty: any account.
    pub allowed_account_ids: Vec<String>,
}

fn known(value: &ValueString<'_>) -> Option<String> {
    value.as_ref_option().map(|s| s.to_string())
}

impl Settings {
    fn from_config(config: &ProviderConfig<'_>) -> Self {
        let assume_role = config.assume_role.as_ref_option().and_then(|block| {
            Some((
                known(&block.role_arn)?,
                known(&block.external_id),
                known(&block.session_name).unwrap_or_else(|| "terraform-provider-awsmon".into()),
            ))
        });
        let mut endpoints = BTreeMap::new();
        if let Some(block) = config.endpoints.as_ref_option() {
            for (service, url) in [
                ("apigateway", &block.apigateway),
                ("dynamodb", &block.dynamodb),
                ("events", &block.events),
                ("lambda", &block.lambda),
                ("logs", &block.logs),
                ("sts", &block.sts),
            ] {
                if let Some(url) = known(url) {
                    endpoints.insert(service, url);
                }
            }
        }
        let default_tags = config
            .default_tags
            .as_ref_option()
            .map(|tags| {
                tags.iter()
                    .filter_map(|(k, v)| Some((k.to_string(), v.as_ref_option()?.to_string())))
                    .collect()
            })
            .unwrap_or_default();
        let allowed_account_ids = config
            .allowed_account_ids
            .as_ref_option()
            .map(|ids| ids.iter().filter_map(known).collect())
            .unwrap_or_default();
        Self {
            region: known(&config.region),
            profile: known(&config.profile),
            assume_role,
            endpoints,
            default_tags,
            allowed_account_ids,
        }
    }

    fn validate(config: &ProviderConfig<'_>, diags: &mut Diagnostics) {
        if let Some(block) = config.assume_role.as_ref_option()
            && let Some(arn) = block.role_arn.as_ref_option()
            && let Err(problem) = validation::role_arn(arn)
        {
            diags.error(
                "Invalid assume_role.role_arn",
                problem,
                AttributePath::new("assume_role").index(0).attribute("role_arn"),
            );
        }
        for (index, id) in config.allowed_account_ids.iter().flatten().enumerate() {
            if let Some(id) = id.as_ref_option()
                && awsmon_domain::AccountId::parse(id).is_err()
            {
                diags.error(
                    "Invalid allowed_account_ids",
                    format!("must be 12-digit account ids, got {id:?}"),
                    AttributePath::new("allowed_account_ids").index(index as i64),
                );
            }
        }
        if let Some(region) = config.region.as_ref_option()
            && awsmon_domain::Region::parse(region).is_err()
        {
            diags.error(
                "Invalid region",
                format!("must look like eu-west-1, got {region:?}"),
                AttributePath::new("region"),
            );
        }
    }

    /// The base SDK configuration: region, profile, then the assumed role.
    pub async fn sdk_config(&self) -> SdkConfig {
        let mut loader = awsmon_sdk_config::loader();
        if let Some(region) = &self.region {
            loader = loader.region(Region::new(region.clone()));
        }
        if let Some(profile) = &self.profile {
            loader = loader.profile_name(profile);
        }
        if let Some(url) = self.endpoints.get("sts") {
            // Only STS: the other services get theirs per client (see Clients::connect).
            loader = loader.endpoint_url(url);
        }
        let base = loader.load().await;
        let Some((role_arn, external_id, session_name)) = &self.assume_role else {
            return base;
        };
        let mut role = aws_config::sts::AssumeRoleProvider::builder(role_arn).session_name(session_name);
        if let Some(external_id) = external_id {
            role = role.external_id(external_id);
        }
        let credentials = role.configure(&base).build().await;
        base.into_builder()
            .credentials_provider(SharedCredentialsProvider::new(credentials))
            .build()
    }
}

#[async_trait]
impl Provider for AwsmonProvider {
    type Config<'a> = ProviderConfig<'a>;
    type MetaState<'a> = ValueEmpty;

    fn schema(&self, _diags: &mut Diagnostics) -> Option<Schema> {
        Some(provider_schema())
    }

    async fn validate<'a>(&self, diags: &mut Diagnostics, config: Self::Config<'a>) -> Option<()> {
        Settings::validate(&config, diags);
        Some(())
    }

    async fn configure<'a>(
        &self,
        diags: &mut Diagnostics,
        _terraform_version: String,
        config: Self::Config<'a>,
    ) -> Option<()> {
        let settings = Settings::from_config(&config);
        let clients = Clients::connect(&settings).await;
        if !settings.allowed_account_ids.is_empty() {
            match clients.account_id().await {
                Ok(account) if settings.allowed_account_ids.contains(&account) => {}
                Ok(account) => {
                    diags.error(
                        "Account not allowed",
                        format!(
                            "these credentials act in account {account}, which is not in allowed_account_ids ({}): \
                             nothing was changed",
                            settings.allowed_account_ids.join(", ")
                        ),
                        AttributePath::new("allowed_account_ids"),
                    );
                    return None;
                }
                Err(reason) => {
                    diags.error(
                        "Account unknown",
                        format!("allowed_account_ids is set, and STS GetCallerIdentity failed: {reason}"),
                        AttributePath::new("allowed_account_ids"),
                    );
                    return None;
                }
            }
        }
        if self.clients.set(clients).is_err() {
            diags.root_warning_short(
                "the awsmon provider was configured twice; the first configuration is kept",
            );
        }
        Some(())
    }

    fn get_resources(&self, _diags: &mut Diagnostics) -> Option<HashMap<String, Box<dyn DynamicResource>>> {
        Some(map! {
            "agent" => AgentResource::new(self.clients.clone()),
            "master" => MasterResource::new(self.clients.clone()),
            "bus_policy" => BusPolicyResource::new(self.clients.clone()),
        })
    }

    fn get_data_sources(
        &self,
        _diags: &mut Diagnostics,
    ) -> Option<HashMap<String, Box<dyn DynamicDataSource>>> {
        Some(map! {})
    }
}
