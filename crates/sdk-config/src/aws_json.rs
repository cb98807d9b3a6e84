//! Calls in AWS's JSON protocols (awsJson1.0/1.1, restJson1 GETs), signed with SigV4 by `aws-sigv4`, the
//! SDK's own signer, with the credentials and region of an [`SdkConfig`].
//!
//! Why not the service's SDK crate: a crate such as `aws-sdk-ssm` is generated for every operation
//! of its service, and awsmon calls one. `aws-sdk-ssm` alone was the slowest crate of the Lambda
//! build (343 s of 2,158 s of CPU measured with `cargo build --timings`; again in debug for the
//! tests and in check mode for clippy), then `aws-sdk-ecs` (221 s), `aws-sdk-lambda` (175 s) and
//! `aws-sdk-resourcegroupstagging` (36 s), for two, one and one operations of the agent; a call
//! here builds in seconds. Only for services called through one or two operations; everything
//! else keeps its SDK client.
//!
//! Endpoints: the configuration's `endpoint_url` (`AWS_ENDPOINT_URL`, local AWS), else the
//! regional endpoint of the `aws` and `aws-cn` partitions. FIPS, dual-stack and service-specific
//! endpoint settings are not read.

use std::time::{Duration, SystemTime};

use aws_config::SdkConfig;
use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::provider::error::CredentialsError;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use awsmon_contract::aws_error::ErrorKind;
use serde::de::DeserializeOwned;

/// A service spoken to in one of AWS's JSON protocols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonService {
    /// The SigV4 signing name, also the endpoint prefix: `ssm`.
    pub signing_name: &'static str,
    /// How operations are addressed.
    pub protocol: Protocol,
}

/// How a JSON protocol addresses an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// awsJson: `POST /`, the operation in `X-Amz-Target` (`AmazonSSM.GetParameter`), the input
    /// as the body; called with [`JsonClient::call`].
    AwsJson {
        /// What `X-Amz-Target` starts with: `AmazonSSM`.
        target_prefix: &'static str,
        /// The protocol version in the content type: `1.1` or `1.0`.
        version: &'static str,
    },
    /// restJson1: the operation in the method and path; called with [`JsonClient::get`].
    RestJson,
}

impl JsonService {
    /// A service of awsJson1.1.
    const fn aws_json_1_1(signing_name: &'static str, target_prefix: &'static str) -> Self {
        Self {
            signing_name,
            protocol: Protocol::AwsJson {
                target_prefix,
                version: "1.1",
            },
        }
    }
}

/// AWS Systems Manager: Parameter Store.
pub const SSM: JsonService = JsonService::aws_json_1_1("ssm", "AmazonSSM");

/// Amazon ECS.
pub const ECS: JsonService = JsonService::aws_json_1_1("ecs", "AmazonEC2ContainerServiceV20141113");

/// The Resource Groups Tagging API.
pub const TAGGING: JsonService = JsonService::aws_json_1_1("tagging", "ResourceGroupsTaggingAPI_20170126");

/// AWS Lambda's control plane.
pub const LAMBDA: JsonService = JsonService {
    signing_name: "lambda",
    protocol: Protocol::RestJson,
};

/// `segment` as one path segment: everything but unreserved characters percent-encoded (a
/// function ARN's `:` too, as the SDK encodes its labels).
pub fn path_segment(segment: &str) -> String {
    percent_encoding::utf8_percent_encode(segment, UNRESERVED).to_string()
}

const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// How many times a call is tried when the failure is retryable (throttling, 5xx, transport).
const ATTEMPTS: u32 = 3;
/// Wait before the second attempt; doubled before each next one.
const FIRST_BACKOFF: Duration = Duration::from_millis(200);
/// One attempt, connection included.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(20);

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum AwsJsonError {
    /// The configuration has no region, so there is no endpoint and nothing to sign for.
    #[error("no AWS region is configured")]
    NoRegion,
    /// The configuration has no credentials provider.
    #[error("no AWS credentials provider is configured")]
    NoCredentialsProvider,
    /// The credentials provider failed.
    #[error("cannot get AWS credentials: {0}")]
    Credentials(#[source] CredentialsError),
    /// The request could not be signed.
    #[error("cannot sign the {operation} request: {reason}")]
    Signing {
        /// The operation.
        operation: String,
        /// The signer's words.
        reason: String,
    },
    /// No answer: connection, TLS or timeout.
    #[error("{operation}: no answer from {endpoint}: {source}")]
    Transport {
        /// The operation.
        operation: String,
        /// Where it was sent.
        endpoint: String,
        /// Why.
        #[source]
        source: reqwest::Error,
    },
    /// The service answered with an error.
    #[error("{operation}: {code} (HTTP {status}): {message}")]
    Service {
        /// The operation.
        operation: String,
        /// The HTTP status.
        status: u16,
        /// The error code without its namespace: `ParameterNotFound`.
        code: String,
        /// The service's message.
        message: String,
    },
    /// The answer was not the JSON expected.
    #[error("{operation}: unreadable answer: {source}")]
    Decode {
        /// The operation.
        operation: String,
        /// Why.
        #[source]
        source: serde_json::Error,
    },
}

impl AwsJsonError {
    /// What kind of failure this is, by awsmon's one classification (`awsmon_contract`): no
    /// answer is transient, a service error goes by its code, then its HTTP status.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Transport { .. } => ErrorKind::Transient,
            Self::Service { status, code, .. } => ErrorKind::classify(Some(code), Some(*status)),
            Self::NoRegion
            | Self::NoCredentialsProvider
            | Self::Credentials(_)
            | Self::Signing { .. }
            | Self::Decode { .. } => ErrorKind::Other,
        }
    }
}

/// A client of one JSON-protocol service, with an [`SdkConfig`]'s region, credentials and
/// endpoint.
#[derive(Debug, Clone)]
pub struct JsonClient {
    service: JsonService,
    config: SdkConfig,
    http: reqwest::Client,
    extra_headers: Vec<(String, String)>,
}

impl JsonClient {
    pub fn new(config: &SdkConfig, service: JsonService) -> Self {
        Self {
            service,
            config: config.clone(),
            http: reqwest::Client::builder()
                .timeout(ATTEMPT_TIMEOUT)
                .build()
                .expect("reqwest's client builds with a timeout only"),
            extra_headers: Vec::new(),
        }
    }

    /// One more header on every request, signed with the others (local AWS's
    /// `x-moto-account-id`, for tests that act as several accounts).
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.extra_headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Where requests go: the configured endpoint URL, else the regional endpoint.
    pub fn endpoint(&self) -> Result<String, AwsJsonError> {
        if let Some(url) = self.config.endpoint_url() {
            return Ok(url.trim_end_matches('/').to_owned() + "/");
        }
        let region = self.config.region().ok_or(AwsJsonError::NoRegion)?.as_ref();
        let domain = if region.starts_with("cn-") {
            "amazonaws.com.cn"
        } else {
            "amazonaws.com"
        };
        Ok(format!(
            "https://{}.{region}.{domain}/",
            self.service.signing_name
        ))
    }

    /// awsJson `operation` with `input`; its output parsed as `O`. Retryable failures are tried
    /// again, [`ATTEMPTS`] times in all.
    ///
    /// # Panics
    ///
    /// When the service speaks restJson1 ([`Self::get`]): a programming error.
    pub async fn call<O: DeserializeOwned>(
        &self,
        operation: &str,
        input: &serde_json::Value,
    ) -> Result<O, AwsJsonError> {
        let Protocol::AwsJson {
            target_prefix,
            version,
        } = self.service.protocol
        else {
            panic!(
                "{} speaks restJson1: use JsonClient::get",
                self.service.signing_name
            );
        };
        let body = input.to_string().into_bytes();
        let headers = [
            (
                "content-type".to_owned(),
                format!("application/x-amz-json-{version}"),
            ),
            ("x-amz-target".to_owned(), format!("{target_prefix}.{operation}")),
        ];
        self.with_retries(operation, "POST", "", &headers, &body).await
    }

    /// restJson1 `operation` as `GET <path>` (its segments encoded with [`path_segment`]); the
    /// output parsed as `O`, retried as [`Self::call`].
    pub async fn get<O: DeserializeOwned>(&self, operation: &str, path: &str) -> Result<O, AwsJsonError> {
        self.with_retries(operation, "GET", path, &[], &[]).await
    }

    async fn with_retries<O: DeserializeOwned>(
        &self,
        operation: &str,
        method: &str,
        path: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<O, AwsJsonError> {
        let mut backoff = FIRST_BACKOFF;
        let mut attempt = 1;
        loop {
            match self.attempt(operation, method, path, headers, body).await {
                Err(error) if error.kind().is_retryable() && attempt < ATTEMPTS => {
                    tokio::time::sleep(backoff).await;
                    backoff *= 2;
                    attempt += 1;
                }
                Err(error) => return Err(error),
                Ok(answer) => {
                    return serde_json::from_slice(&answer).map_err(|source| AwsJsonError::Decode {
                        operation: operation.to_owned(),
                        source,
                    });
                }
            }
        }
    }

    async fn attempt(
        &self,
        operation: &str,
        method: &str,
        path: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<Vec<u8>, AwsJsonError> {
        let url = format!("{}{}", self.endpoint()?, path.trim_start_matches('/'));
        let region = self.config.region().ok_or(AwsJsonError::NoRegion)?;
        let credentials = self
            .config
            .credentials_provider()
            .ok_or(AwsJsonError::NoCredentialsProvider)?
            .provide_credentials()
            .await
            .map_err(AwsJsonError::Credentials)?;
        let identity = credentials.into();
        let signing_failed = |reason: String| AwsJsonError::Signing {
            operation: operation.to_owned(),
            reason,
        };
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(region.as_ref())
            .name(self.service.signing_name)
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()
            .map_err(|e| signing_failed(e.to_string()))?
            .into();
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .chain(&self.extra_headers)
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        let signable = SignableRequest::new(method, &url, headers.iter().copied(), SignableBody::Bytes(body))
            .map_err(|e| signing_failed(e.to_string()))?;
        let (instructions, _signature) = sign(signable, &params)
            .map_err(|e| signing_failed(e.to_string()))?
            .into_parts();

        let method =
            reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| signing_failed(e.to_string()))?;
        let mut request = self.http.request(method, &url).body(body.to_vec());
        for (name, value) in headers.into_iter().chain(instructions.headers()) {
            request = request.header(name, value);
        }
        let transport = |source| AwsJsonError::Transport {
            operation: operation.to_owned(),
            endpoint: url.clone(),
            source,
        };
        let answer = request.send().await.map_err(transport)?;
        let status = answer.status();
        let error_type = answer
            .headers()
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = answer.bytes().await.map_err(transport)?;
        if status.is_success() {
            return Ok(bytes.to_vec());
        }
        let (code, message) = service_error(error_type.as_deref(), &bytes);
        Err(AwsJsonError::Service {
            operation: operation.to_owned(),
            status: status.as_u16(),
            code,
            message,
        })
    }
}

/// The error code and message of a JSON-protocol error answer: the code from `__type` (or the
/// `x-amzn-ErrorType` header), without its namespace (`com.amazonaws.ssm#ParameterNotFound`) or
/// its trailing `:http://...`.
fn service_error(header: Option<&str>, body: &[u8]) -> (String, String) {
    let json: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let raw = json["__type"]
        .as_str()
        .or(json["code"].as_str())
        .or(header)
        .unwrap_or("UnknownError");
    let code = raw.rsplit('#').next().unwrap_or(raw);
    let code = code.split(':').next().unwrap_or(code).to_owned();
    let message = json["message"]
        .as_str()
        .or(json["Message"].as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| String::from_utf8_lossy(body).chars().take(200).collect());
    (code, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_config::Region;
    use aws_credential_types::Credentials;
    use aws_credential_types::provider::SharedCredentialsProvider;

    fn config(endpoint: Option<&str>, region: &str) -> SdkConfig {
        let mut builder = SdkConfig::builder()
            .region(Region::new(region.to_owned()))
            .credentials_provider(SharedCredentialsProvider::new(Credentials::new(
                "AKIDEXAMPLE",
                "invented-secret",
                None,
                None,
                "test",
            )));
        if let Some(url) = endpoint {
            builder = builder.endpoint_url(url);
        }
        builder.build()
    }

    #[test]
    fn the_endpoint_is_the_configured_url_or_the_regional_one() {
        let local = JsonClient::new(&config(Some("http://127.0.0.1:4566"), "eu-west-1"), SSM);
        assert_eq!(local.endpoint().unwrap(), "http://127.0.0.1:4566/");
        let ireland = JsonClient::new(&config(None, "eu-west-1"), SSM);
        assert_eq!(
            ireland.endpoint().unwrap(),
            "https://ssm.eu-west-1.amazonaws.com/"
        );
        let beijing = JsonClient::new(&config(None, "cn-north-1"), SSM);
        assert_eq!(
            beijing.endpoint().unwrap(),
            "https://ssm.cn-north-1.amazonaws.com.cn/"
        );
    }

    #[test]
    fn path_segments_encode_all_but_unreserved_characters() {
        assert_eq!(path_segment("my-function_1.2~"), "my-function_1.2~");
        assert_eq!(
            path_segment("arn:aws:lambda:eu-west-1:123456789012:function:f"),
            "arn%3Aaws%3Alambda%3Aeu-west-1%3A123456789012%3Afunction%3Af"
        );
        assert_eq!(path_segment("a/b c"), "a%2Fb%20c");
    }

    #[test]
    fn error_codes_lose_their_namespace_and_suffix() {
        let body = br#"{"__type":"com.amazonaws.ssm#ParameterNotFound","message":"not there"}"#;
        assert_eq!(
            service_error(None, body),
            ("ParameterNotFound".to_owned(), "not there".to_owned())
        );
        assert_eq!(
            service_error(Some("ThrottlingException:http://internal.amazon.com/"), b"").0,
            "ThrottlingException"
        );
        assert_eq!(service_error(None, b"<html>").0, "UnknownError");
    }

    #[test]
    fn throttling_and_server_errors_are_retryable_and_a_missing_parameter_is_not() {
        let error = |status, code: &str| AwsJsonError::Service {
            operation: "GetParameter".to_owned(),
            status,
            code: code.to_owned(),
            message: String::new(),
        };
        assert!(error(400, "ThrottlingException").kind().is_retryable());
        assert!(error(503, "ServiceUnavailable").kind().is_retryable());
        assert_eq!(error(400, "ParameterNotFound").kind(), ErrorKind::Validation);
        assert_eq!(
            error(400, "AccessDeniedException").kind(),
            ErrorKind::AccessDenied
        );
    }
}
