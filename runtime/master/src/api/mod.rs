//! The `api` function: a REST API behind API Gateway (REST, v1, Lambda proxy integration on
//! `/{proxy+}`), described by `docs/api/openapi.json`.
//!
//! Three steps, each testable without HTTP: [`request::parse`] turns the proxy request into a
//! validated [`request::ApiRequest`] (the route table is [`routes::ROUTES`]),
//! [`execute::execute`] runs it against the [`crate::ports::ApiStore`] port, and
//! [`Api::handle`] renders the outcome (or the [`error::ApiError`]) as the proxy response.

pub mod cursor;
pub mod error;
pub mod execute;
#[cfg(test)]
mod fuzz;
pub mod request;
pub mod routes;

use aws_lambda_events::apigw::{ApiGatewayProxyRequest, ApiGatewayProxyResponse};
use aws_lambda_events::encodings::Body;
use aws_lambda_events::http::HeaderValue;
use aws_lambda_events::http::header::{ALLOW, CONTENT_TYPE};
use awsmon_domain::Timestamp;
use tracing::{Instrument, error, info, warn};

pub use error::ApiError;
pub use execute::{ApiResponse, OPENAPI};
pub use request::ApiRequest;

use crate::ports::ApiStore;

/// The API wired to its store: built once at init.
#[derive(Debug, Clone)]
pub struct Api<S> {
    store: S,
}

impl<S: ApiStore + Sync> Api<S> {
    pub fn new(store: S) -> Self {
        Self { store }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// One request. Never fails: every problem is an HTTP error response.
    pub async fn handle(
        &self,
        request: ApiGatewayProxyRequest,
        invocation_id: &str,
        now: Timestamp,
    ) -> ApiGatewayProxyResponse {
        let request_id = request
            .request_context
            .request_id
            .clone()
            .unwrap_or_else(|| invocation_id.to_owned());
        // A caller's text in every log line of the request: bounded, on one line.
        let method = awsmon_domain::reason::printable(request.http_method.as_str(), 16);
        let path = awsmon_domain::reason::printable(request.path.as_deref().unwrap_or_default(), 200);
        let caller = caller(&request);
        let span =
            tracing::info_span!("request", request_id = %request_id, invocation_id, %method, %path, %caller);
        async {
            let outcome = match request::parse(&request, now) {
                // Boxed: the nested futures of a listing are too deep for the compiler to lay out
                // inline in the runtime's future.
                Ok(parsed) => {
                    Box::pin(execute::execute(&self.store, parsed, now, &request_id, &caller)).await
                }
                Err(e) => Err(e),
            };
            let response = match outcome {
                Ok(response) => render(response),
                Err(e) => {
                    match e.status() {
                        // The cause of a store failure is logged, never sent to the client.
                        500.. => error!(error = %e, "request failed"),
                        _ => info!(error = %e, "request refused"),
                    }
                    render_error(&e)
                }
            };
            info!(status = response.status_code, "request done");
            response
        }
        .instrument(span)
        .await
    }
}

/// Who is calling, as API Gateway identified them (`requestContext.identity`): the IAM ARN of a
/// signed request (`AWS_IAM`), else the caller or user API Gateway names, else `anonymous` and
/// the source IP (an API that takes unauthenticated calls). Bounded, on one line: it is recorded
/// with every change and logged with every request.
pub fn caller(request: &ApiGatewayProxyRequest) -> String {
    let identity = &request.request_context.identity;
    let named = [&identity.user_arn, &identity.caller, &identity.user]
        .into_iter()
        .find_map(|v| v.as_deref().filter(|v| !v.trim().is_empty()));
    let caller = match (named, identity.source_ip.as_deref()) {
        (Some(name), _) => name.to_owned(),
        (None, Some(ip)) if !ip.is_empty() => format!("anonymous ({ip})"),
        (None, _) => "anonymous".to_owned(),
    };
    awsmon_domain::reason::printable(&caller, awsmon_domain::issue::MAX_CALLER_CHARS)
}

fn json_response(status: u16, body: String) -> ApiGatewayProxyResponse {
    let mut response = ApiGatewayProxyResponse::default();
    response.status_code = i64::from(status);
    response
        .headers
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response.body = Some(Body::Text(body));
    response
}

pub fn render(response: ApiResponse) -> ApiGatewayProxyResponse {
    match response {
        ApiResponse::Json(status, body) => json_response(status, body.to_string()),
        ApiResponse::OpenApi => json_response(200, OPENAPI.to_owned()),
        ApiResponse::NoContent => {
            let mut response = ApiGatewayProxyResponse::default();
            response.status_code = 204;
            response
        }
    }
}

pub fn render_error(e: &ApiError) -> ApiGatewayProxyResponse {
    let mut response = json_response(e.status(), e.body().to_string());
    if let ApiError::MethodNotAllowed { allowed, .. } = e {
        match HeaderValue::from_str(&allowed.join(", ")) {
            Ok(value) => {
                response.headers.insert(ALLOW, value);
            }
            Err(e) => warn!(error = %e, "no Allow header"),
        }
    }
    response
}
