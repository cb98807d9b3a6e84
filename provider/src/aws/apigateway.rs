//! API Gateway: the master's REST API, its proxy to the api function, Slack's route to the
//! slack-interactions function, and its stage.

use std::collections::BTreeMap;

use super::{DeployError, add_invoke_permission, failed, is_not_found, permission_ids, remove_permission};
use crate::clients::Clients;

/// What API Gateway reports about the master's REST API.
#[derive(Debug, Clone, PartialEq)]
pub struct DeployedApi {
    pub id: String,
    pub stages: Vec<String>,
    /// The authorization of the proxy method, when it exists.
    pub authorization: Option<String>,
    /// The source CIDR blocks the API's resource policy lets in (empty: no such policy).
    pub allowed_source_cidrs: Vec<String>,
    /// The throttling of every method of the first stage (`*/*`): rate (requests a second) and
    /// burst, when set.
    pub throttling: Option<(f64, i32)>,
    /// The integration URI of `POST /slack/interactions`, when the route exists.
    pub slack_route_uri: Option<String>,
}

/// Who may call the API and how fast: the proxy methods' authorization, the resource policy's
/// source allow-list (with `NONE` only: AWS_IAM is governed by the callers' IAM policies) and the
/// stage's throttling of every method.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiAccess {
    pub authorization: String,
    pub allowed_source_cidrs: Vec<String>,
    pub rate_limit: f64,
    pub burst_limit: i32,
    /// Slack app mode's buttons: `POST /slack/interactions` without IAM (Slack cannot sign
    /// SigV4; the function checks Slack's signature instead). Nothing else is reachable so.
    pub slack_interactions: bool,
}

/// The resource policy of an API that takes unauthenticated calls: invoke from `cidrs` only,
/// except Slack's route when `slack_route` (Slack calls from its own addresses; the function
/// checks Slack's signature).
pub fn source_policy(cidrs: &[String], slack_route: bool) -> String {
    let mut deny = serde_json::json!({
        "Sid": "AwsmonOnlyFromAllowedSources",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "execute-api:Invoke",
        "Resource": "execute-api:/*",
        "Condition": {"NotIpAddress": {"aws:SourceIp": cidrs}}
    });
    if slack_route {
        deny.as_object_mut().map(|d| d.remove("Resource"));
        deny["NotResource"] = serde_json::json!(SLACK_ROUTE_POLICY_RESOURCE);
    }
    serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "AwsmonInvoke",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "execute-api:Invoke",
                "Resource": "execute-api:/*"
            },
            deny
        ]
    })
    .to_string()
}

/// Slack's route in a resource policy (every stage).
const SLACK_ROUTE_POLICY_RESOURCE: &str = "execute-api:/*/POST/slack/interactions";

/// The CIDR blocks of a policy [`source_policy`] wrote, as API Gateway returns it (JSON, its
/// quotes escaped, and `execute-api:/*` expanded to the API's ARN); sorted.
pub fn policy_source_cidrs(policy: Option<&str>) -> Vec<String> {
    let Some(policy) = policy.filter(|p| !p.is_empty()) else {
        return Vec::new();
    };
    let parsed: serde_json::Value = serde_json::from_str(policy)
        .or_else(|_| serde_json::from_str(&policy.replace("\\\"", "\"")))
        .unwrap_or_default();
    let mut cidrs: Vec<String> = parsed["Statement"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["Effect"] == "Deny")
        .flat_map(|s| match &s["Condition"]["NotIpAddress"]["aws:SourceIp"] {
            serde_json::Value::String(one) => vec![one.clone()],
            serde_json::Value::Array(many) => many
                .iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    cidrs.sort();
    cidrs
}

/// The REST API with id `id` when it still exists, else the one named `name` (import knows only
/// the name).
pub async fn find_rest_api(
    clients: &Clients,
    id: Option<&str>,
    name: &str,
) -> Result<Option<String>, DeployError> {
    if let Some(id) = id {
        match clients.apigateway.get_rest_api().rest_api_id(id).send().await {
            Ok(_) => return Ok(Some(id.to_owned())),
            Err(error) if error.as_service_error().is_some_and(is_not_found) => {}
            Err(error) => return Err(failed("GetRestApi", name)(error)),
        }
    }
    let mut position = None;
    loop {
        let page = clients
            .apigateway
            .get_rest_apis()
            .limit(500)
            .set_position(position)
            .send()
            .await
            .map_err(failed("GetRestApis", name))?;
        if let Some(api) = page
            .items
            .unwrap_or_default()
            .into_iter()
            .find(|api| api.name.as_deref() == Some(name))
        {
            return Ok(api.id);
        }
        position = page.position;
        if position.is_none() {
            return Ok(None);
        }
    }
}

async fn proxy_resources(
    clients: &Clients,
    api_id: &str,
) -> Result<Vec<aws_sdk_apigateway::types::Resource>, DeployError> {
    Ok(clients
        .apigateway
        .get_resources()
        .rest_api_id(api_id)
        .limit(500)
        .send()
        .await
        .map_err(failed("GetResources", api_id))?
        .items
        .unwrap_or_default())
}

const PROXY_PATH: &str = "/{proxy+}";

pub async fn read_rest_api(clients: &Clients, api_id: &str) -> Result<Option<DeployedApi>, DeployError> {
    let stages = match clients.apigateway.get_stages().rest_api_id(api_id).send().await {
        Ok(stages) => stages.item.unwrap_or_default(),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => return Ok(None),
        Err(error) => return Err(failed("GetStages", api_id)(error)),
    };
    let mut authorization = None;
    let resources = proxy_resources(clients, api_id).await?;
    let mut slack_route_uri = None;
    if let Some(route) = resources
        .iter()
        .find(|r| r.path.as_deref() == Some(SLACK_INTERACTIONS_PATH))
    {
        match clients
            .apigateway
            .get_method()
            .rest_api_id(api_id)
            .resource_id(route.id.clone().unwrap_or_default())
            .http_method("POST")
            .send()
            .await
        {
            Ok(method) => slack_route_uri = method.method_integration.and_then(|i| i.uri),
            Err(error) if error.as_service_error().is_some_and(is_not_found) => {}
            Err(error) => return Err(failed("GetMethod", api_id)(error)),
        }
    }
    if let Some(proxy) = resources
        .into_iter()
        .find(|r| r.path.as_deref() == Some(PROXY_PATH))
    {
        match clients
            .apigateway
            .get_method()
            .rest_api_id(api_id)
            .resource_id(proxy.id.unwrap_or_default())
            .http_method("ANY")
            .send()
            .await
        {
            Ok(method) => authorization = method.authorization_type,
            Err(error) if error.as_service_error().is_some_and(is_not_found) => {}
            Err(error) => return Err(failed("GetMethod", api_id)(error)),
        }
    }
    let throttling = stages.first().and_then(|stage| {
        let all = stage.method_settings.as_ref()?.get("*/*")?;
        Some((all.throttling_rate_limit, all.throttling_burst_limit))
    });
    let policy = match clients.apigateway.get_rest_api().rest_api_id(api_id).send().await {
        Ok(api) => api.policy,
        Err(error) if error.as_service_error().is_some_and(is_not_found) => return Ok(None),
        Err(error) => return Err(failed("GetRestApi", api_id)(error)),
    };
    let mut stages: Vec<String> = stages.into_iter().filter_map(|s| s.stage_name).collect();
    stages.sort();
    Ok(Some(DeployedApi {
        id: api_id.to_owned(),
        stages,
        authorization,
        allowed_source_cidrs: policy_source_cidrs(policy.as_deref()),
        throttling,
        slack_route_uri,
    }))
}

/// The REST API (regional) named `name`: the existing one (by id, else by name) or a new one.
pub async fn put_rest_api(
    clients: &Clients,
    id: Option<&str>,
    name: &str,
    tags: &BTreeMap<String, String>,
) -> Result<String, DeployError> {
    use aws_sdk_apigateway::types::{EndpointConfiguration, EndpointType};
    if let Some(found) = find_rest_api(clients, id, name).await? {
        return Ok(found);
    }
    let created = clients
        .apigateway
        .create_rest_api()
        .name(name)
        .description("The awsmon API (issues, events, reports)")
        .endpoint_configuration(
            EndpointConfiguration::builder()
                .types(EndpointType::Regional)
                .build(),
        )
        .set_tags(Some(tags.clone().into_iter().collect()))
        .send()
        .await
        .map_err(failed("CreateRestApi", name))?;
    Ok(created.id.unwrap_or_default())
}

/// `ANY /` and `ANY /{proxy+}` with an AWS_PROXY integration to the api function, `POST
/// /slack/interactions` to `slack_function_arn` when given (else no such route), a deployment
/// on `stage` (made again only when a method changed or the stage is missing), and the
/// permissions API Gateway needs to invoke the functions: the slack-interactions function on its
/// route only.
pub async fn put_api_proxy(
    clients: &Clients,
    api_id: &str,
    function_arn: &str,
    slack_function_arn: Option<&str>,
    stage: &str,
    access: &ApiAccess,
) -> Result<(), DeployError> {
    let authorization = access.authorization.as_str();
    let arn: Vec<&str> = function_arn.split(':').collect();
    let (Some(region), Some(account)) = (arn.get(3), arn.get(4)) else {
        return Err(DeployError::Failed {
            resource: api_id.to_owned(),
            reason: format!("cannot wire it to {function_arn}, which is not a function ARN"),
        });
    };
    let uri_of =
        |arn: &str| format!("arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{arn}/invocations");
    let uri = uri_of(function_arn);
    let resources = proxy_resources(clients, api_id).await?;
    let root = resources
        .iter()
        .find(|r| r.path.as_deref() == Some("/"))
        .and_then(|r| r.id.clone())
        .ok_or_else(|| DeployError::Failed {
            resource: api_id.to_owned(),
            reason: "the REST API has no root resource".into(),
        })?;
    let proxy = match resources.iter().find(|r| r.path.as_deref() == Some(PROXY_PATH)) {
        Some(found) => found.id.clone().unwrap_or_default(),
        None => clients
            .apigateway
            .create_resource()
            .rest_api_id(api_id)
            .parent_id(&root)
            .path_part("{proxy+}")
            .send()
            .await
            .map_err(failed("CreateResource", api_id))?
            .id
            .unwrap_or_default(),
    };
    let mut changed = false;
    for resource in [&root, &proxy] {
        changed |= put_method(clients, api_id, resource, "ANY", &uri, authorization).await?;
    }
    let slack_uri = slack_function_arn.map(uri_of);
    changed |= put_slack_route(clients, api_id, &root, &resources, slack_uri.as_deref()).await?;
    // A resource policy takes effect with the next deployment.
    changed |= put_source_policy(clients, api_id, access).await?;
    put_stage(clients, api_id, stage, changed).await?;
    put_throttling(clients, api_id, stage, access).await?;
    // One statement per API id: an API made again after a deletion gets its own, and the
    // statements of APIs that no longer exist are removed.
    let statement = api_permission(api_id);
    let source = format!("arn:aws:execute-api:{region}:{account}:{api_id}/*");
    let slack_source =
        format!("arn:aws:execute-api:{region}:{account}:{api_id}/*/POST{SLACK_INTERACTIONS_PATH}");
    let grants = [(function_arn, source)]
        .into_iter()
        .chain(slack_function_arn.map(|arn| (arn, slack_source)));
    for (arn, source) in grants {
        add_invoke_permission(clients, arn, &statement, "apigateway.amazonaws.com", &source).await?;
        for stale in permission_ids(clients, arn)
            .await?
            .into_iter()
            .filter(|sid| sid.starts_with(API_PERMISSION_PREFIX) && *sid != statement)
        {
            remove_permission(clients, arn, &stale).await?;
        }
    }
    Ok(())
}

/// The resource policy: the source allow-list of an API that takes unauthenticated calls, none
/// otherwise. True when it changed.
async fn put_source_policy(clients: &Clients, api_id: &str, access: &ApiAccess) -> Result<bool, DeployError> {
    let current = clients
        .apigateway
        .get_rest_api()
        .rest_api_id(api_id)
        .send()
        .await
        .map_err(failed("GetRestApi", api_id))?
        .policy;
    let mut wanted = if access.authorization == "NONE" {
        access.allowed_source_cidrs.clone()
    } else {
        Vec::new()
    };
    wanted.sort();
    let has_policy = current.as_deref().is_some_and(|p| !p.is_empty());
    // API Gateway expands `execute-api:/*` to the API's ARN: the route's tail is what shows.
    let exempts_slack = current
        .as_deref()
        .is_some_and(|p| p.contains("/POST/slack/interactions"));
    let same_exemption = wanted.is_empty() || exempts_slack == access.slack_interactions;
    if policy_source_cidrs(current.as_deref()) == wanted && has_policy != wanted.is_empty() && same_exemption
    {
        return Ok(false);
    }
    use aws_sdk_apigateway::types::{Op, PatchOperation};
    let value = if wanted.is_empty() {
        String::new()
    } else {
        source_policy(&wanted, access.slack_interactions)
    };
    clients
        .apigateway
        .update_rest_api()
        .rest_api_id(api_id)
        .patch_operations(
            PatchOperation::builder()
                .op(Op::Replace)
                .path("/policy")
                .value(value)
                .build(),
        )
        .send()
        .await
        .map_err(failed("UpdateRestApi", api_id))?;
    Ok(true)
}

/// Throttling of every method of `stage` (`/*/*/throttling/...`), set when it differs.
async fn put_throttling(
    clients: &Clients,
    api_id: &str,
    stage: &str,
    access: &ApiAccess,
) -> Result<(), DeployError> {
    use aws_sdk_apigateway::types::{Op, PatchOperation};
    let current = clients
        .apigateway
        .get_stage()
        .rest_api_id(api_id)
        .stage_name(stage)
        .send()
        .await
        .map_err(failed("GetStage", api_id))?;
    let set = current.method_settings.as_ref().and_then(|m| m.get("*/*"));
    if set.is_some_and(|s| {
        (s.throttling_rate_limit - access.rate_limit).abs() < f64::EPSILON
            && s.throttling_burst_limit == access.burst_limit
    }) {
        return Ok(());
    }
    let patch = |path: &str, value: String| {
        PatchOperation::builder()
            .op(Op::Replace)
            .path(path)
            .value(value)
            .build()
    };
    clients
        .apigateway
        .update_stage()
        .rest_api_id(api_id)
        .stage_name(stage)
        .patch_operations(patch("/*/*/throttling/rateLimit", access.rate_limit.to_string()))
        .patch_operations(patch(
            "/*/*/throttling/burstLimit",
            access.burst_limit.to_string(),
        ))
        .send()
        .await
        .map_err(failed("UpdateStage", api_id))?;
    Ok(())
}

/// `POST /slack/interactions` proxied without IAM to the function of `uri` when given (a route
/// that pointed elsewhere, such as the api function before slack-interactions existed, is moved),
/// else no `/slack` resource at all; true when it changed.
async fn put_slack_route(
    clients: &Clients,
    api_id: &str,
    root: &str,
    resources: &[aws_sdk_apigateway::types::Resource],
    uri: Option<&str>,
) -> Result<bool, DeployError> {
    let find = |path: &str| {
        resources
            .iter()
            .find(|r| r.path.as_deref() == Some(path))
            .and_then(|r| r.id.clone())
    };
    let Some(uri) = uri else {
        // The route, then its parent: API Gateway would take the child with the parent, but a
        // stand-in (moto) keeps an orphan that breaks GetResources.
        let mut changed = false;
        for path in [SLACK_INTERACTIONS_PATH, SLACK_PARENT_PATH] {
            let Some(resource) = find(path) else {
                continue;
            };
            clients
                .apigateway
                .delete_resource()
                .rest_api_id(api_id)
                .resource_id(resource)
                .send()
                .await
                .map_err(failed("DeleteResource", api_id))?;
            changed = true;
        }
        return Ok(changed);
    };
    let create = |parent: String, part: &'static str| async move {
        clients
            .apigateway
            .create_resource()
            .rest_api_id(api_id)
            .parent_id(parent)
            .path_part(part)
            .send()
            .await
            .map_err(failed("CreateResource", api_id))
            .map(|r| r.id.unwrap_or_default())
    };
    let slack = match find(SLACK_PARENT_PATH) {
        Some(id) => id,
        None => create(root.to_owned(), "slack").await?,
    };
    let interactions = match find(SLACK_INTERACTIONS_PATH) {
        Some(id) => id,
        None => create(slack, "interactions").await?,
    };
    put_method(clients, api_id, &interactions, "POST", uri, "NONE").await
}

const SLACK_PARENT_PATH: &str = "/slack";
/// The runtime tells these requests apart by this resource (`awsmon_master::slack_interactions`).
const SLACK_INTERACTIONS_PATH: &str = "/slack/interactions";

/// The `http_method` method of `resource`, proxied to `uri` with `authorization`; true when it
/// changed.
async fn put_method(
    clients: &Clients,
    api_id: &str,
    resource: &str,
    http_method: &str,
    uri: &str,
    authorization: &str,
) -> Result<bool, DeployError> {
    use aws_sdk_apigateway::types::IntegrationType;
    let method = match clients
        .apigateway
        .get_method()
        .rest_api_id(api_id)
        .resource_id(resource)
        .http_method(http_method)
        .send()
        .await
    {
        Ok(method) => Some(method),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => None,
        Err(error) => return Err(failed("GetMethod", api_id)(error)),
    };
    let current = method.as_ref().is_some_and(|m| {
        m.authorization_type.as_deref() == Some(authorization)
            && m.method_integration
                .as_ref()
                .is_some_and(|i| i.uri.as_deref() == Some(uri))
    });
    if current {
        return Ok(false);
    }
    if method.is_some() {
        clients
            .apigateway
            .delete_method()
            .rest_api_id(api_id)
            .resource_id(resource)
            .http_method(http_method)
            .send()
            .await
            .map_err(failed("DeleteMethod", api_id))?;
    }
    clients
        .apigateway
        .put_method()
        .rest_api_id(api_id)
        .resource_id(resource)
        .http_method(http_method)
        .authorization_type(authorization)
        .send()
        .await
        .map_err(failed("PutMethod", api_id))?;
    clients
        .apigateway
        .put_integration()
        .rest_api_id(api_id)
        .resource_id(resource)
        .http_method(http_method)
        .r#type(IntegrationType::AwsProxy)
        .integration_http_method("POST")
        .uri(uri)
        .send()
        .await
        .map_err(failed("PutIntegration", api_id))?;
    Ok(true)
}

/// Deploys the API to `stage` when the methods `changed` or the stage is missing, and removes
/// any other stage: a renamed stage would otherwise keep serving the API.
async fn put_stage(clients: &Clients, api_id: &str, stage: &str, changed: bool) -> Result<(), DeployError> {
    let deployed = read_rest_api(clients, api_id).await?;
    if changed || !deployed.is_some_and(|api| api.stages.iter().any(|s| s == stage)) {
        clients
            .apigateway
            .create_deployment()
            .rest_api_id(api_id)
            .stage_name(stage)
            .description("awsmon")
            .send()
            .await
            .map_err(failed("CreateDeployment", api_id))?;
    }
    // A renamed stage: the old one would keep serving the API.
    for old in read_rest_api(clients, api_id)
        .await?
        .map(|api| api.stages)
        .unwrap_or_default()
        .into_iter()
        .filter(|s| s != stage)
    {
        clients
            .apigateway
            .delete_stage()
            .rest_api_id(api_id)
            .stage_name(old)
            .send()
            .await
            .map_err(failed("DeleteStage", api_id))?;
    }
    Ok(())
}

const API_PERMISSION_PREFIX: &str = "apigateway-";

/// The statement of the api (and slack-interactions) function's policy that lets REST API
/// `api_id` invoke it.
pub fn api_permission(api_id: &str) -> String {
    format!("{API_PERMISSION_PREFIX}{api_id}")
}

pub async fn delete_rest_api(clients: &Clients, api_id: &str) -> Result<(), DeployError> {
    match clients
        .apigateway
        .delete_rest_api()
        .rest_api_id(api_id)
        .send()
        .await
    {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(()),
        Err(error) => Err(failed("DeleteRestApi", api_id)(error)),
    }
}
