//! API Gateway: the master's REST API, its proxy to the api function and its stage.

use std::collections::BTreeMap;

use super::{DeployError, add_invoke_permission, failed, is_not_found, permission_ids, remove_permission};
use crate::clients::Clients;

/// What API Gateway reports about the master's REST API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployedApi {
    pub id: String,
    pub stages: Vec<String>,
    /// The authorization of the proxy method, when it exists.
    pub authorization: Option<String>,
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
    if let Some(proxy) = proxy_resources(clients, api_id)
        .await?
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
    let mut stages: Vec<String> = stages.into_iter().filter_map(|s| s.stage_name).collect();
    stages.sort();
    Ok(Some(DeployedApi {
        id: api_id.to_owned(),
        stages,
        authorization,
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

/// `ANY /` and `ANY /{proxy+}` with an AWS_PROXY integration to the function, a deployment on
/// `stage` (made again only when a method changed or the stage is missing), and the permission
/// API Gateway needs to invoke the function.
pub async fn put_api_proxy(
    clients: &Clients,
    api_id: &str,
    function_arn: &str,
    stage: &str,
    authorization: &str,
) -> Result<(), DeployError> {
    let arn: Vec<&str> = function_arn.split(':').collect();
    let (Some(region), Some(account)) = (arn.get(3), arn.get(4)) else {
        return Err(DeployError::Failed {
            resource: api_id.to_owned(),
            reason: format!("cannot wire it to {function_arn}, which is not a function ARN"),
        });
    };
    let uri =
        format!("arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function_arn}/invocations");
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
        changed |= put_method(clients, api_id, resource, &uri, authorization).await?;
    }
    put_stage(clients, api_id, stage, changed).await?;
    // One statement per API id: an API made again after a deletion gets its own, and the
    // statements of APIs that no longer exist are removed.
    let statement = api_permission(api_id);
    let source = format!("arn:aws:execute-api:{region}:{account}:{api_id}/*");
    add_invoke_permission(
        clients,
        function_arn,
        &statement,
        "apigateway.amazonaws.com",
        &source,
    )
    .await?;
    for stale in permission_ids(clients, function_arn)
        .await?
        .into_iter()
        .filter(|sid| sid.starts_with(API_PERMISSION_PREFIX) && *sid != statement)
    {
        remove_permission(clients, function_arn, &stale).await?;
    }
    Ok(())
}

/// The `ANY` method of `resource`, proxied to `uri` with `authorization`; true when it changed.
async fn put_method(
    clients: &Clients,
    api_id: &str,
    resource: &str,
    uri: &str,
    authorization: &str,
) -> Result<bool, DeployError> {
    use aws_sdk_apigateway::types::IntegrationType;
    let method = match clients
        .apigateway
        .get_method()
        .rest_api_id(api_id)
        .resource_id(resource)
        .http_method("ANY")
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
            .http_method("ANY")
            .send()
            .await
            .map_err(failed("DeleteMethod", api_id))?;
    }
    clients
        .apigateway
        .put_method()
        .rest_api_id(api_id)
        .resource_id(resource)
        .http_method("ANY")
        .authorization_type(authorization)
        .send()
        .await
        .map_err(failed("PutMethod", api_id))?;
    clients
        .apigateway
        .put_integration()
        .rest_api_id(api_id)
        .resource_id(resource)
        .http_method("ANY")
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

/// The statement of the api function's policy that lets REST API `api_id` invoke it.
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
