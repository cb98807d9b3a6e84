//! One local AWS per test: `tools/localaws` (patched moto server + Lambda executor) on free
//! loopback ports, stopped with everything it started when the value is dropped.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_sdk_sqs::types::QueueAttributeName;
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextMut;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;
use awsmon_sdk_config::aws_json::{JsonClient, JsonService, SSM};
use serde::Deserialize;
use tempfile::TempDir;

use crate::processes::GroupChild;
use crate::toolchain::{moto_python, workspace_root};
use crate::{AGENT_ACCOUNT, MASTER_ACCOUNT, REGION};

/// A client of the SDK crate `$sdk` acting as `$account` against the local AWS `$aws`, for
/// services [`LocalAws`] has no method for: `account_client!(aws_sdk_dynamodb, aws, MASTER_ACCOUNT)`.
#[macro_export]
macro_rules! account_client {
    ($sdk:ident, $aws:expr, $account:expr) => {
        $sdk::Client::from_conf(
            $sdk::config::Builder::from(&$aws.sdk_config())
                .interceptor($crate::local_aws::ActAsAccount::new($account))
                .build(),
        )
    };
}

/// The header that makes local AWS (moto) serve a request as that account.
const ACT_AS_ACCOUNT: &str = "x-moto-account-id";

/// A running local AWS. Dropping it stops the server and every function process.
#[derive(Debug)]
pub struct LocalAws {
    pub endpoint: String,
    pub control: String,
    process: GroupChild,
    workdir: TempDir,
}

#[derive(Deserialize)]
struct Ready {
    endpoint: String,
    control: String,
}

/// One invocation as the executor recorded it.
#[derive(Debug, Clone, Deserialize)]
pub struct Invocation {
    pub sequence: u64,
    pub request_id: String,
    pub account_id: String,
    pub function_name: String,
    pub trigger: String,
    pub cold_start: bool,
    pub init_ms: Option<f64>,
    pub duration_ms: Option<f64>,
    pub max_memory_kb: Option<u64>,
    pub status: String,
    pub error_type: Option<String>,
}

/// A function's answer to a scheduled run: the record and the payload.
#[derive(Debug, Deserialize)]
pub struct ScheduledRun {
    pub record: Invocation,
    pub payload: String,
}

/// The master bus of [`LocalAws::master_bus_to_queue`] and the queue it delivers to.
#[derive(Debug, Clone)]
pub struct MasterBus {
    pub bus_arn: String,
    pub queue_url: String,
    pub queue_arn: String,
}

impl LocalAws {
    /// Start a fresh local AWS; panics with the launcher's log if it does not come up.
    pub fn start() -> Self {
        Self::launch(false)
    }

    /// [`Self::start`], with the functions' AWS calls (and what Lambda does with their roles:
    /// queue polling, log writing) evaluated against their execution roles' IAM policies, so a
    /// role that lacks an action its function calls makes the call fail with AccessDenied.
    /// Everyone else (this harness, Terraform) stays an administrator. See
    /// `tools/localaws/localaws/iam.py` for what is and is not evaluated.
    pub fn start_with_iam() -> Self {
        Self::launch(true)
    }

    fn launch(iam: bool) -> Self {
        let workdir = tempfile::Builder::new()
            .prefix("localaws-")
            .tempdir()
            .expect("temp dir");
        let log_path = workdir.path().join("localaws.log");
        let log = std::fs::File::create(&log_path).expect("log file");
        let mut command = Command::new(moto_python());
        command
            .args(["-m", "localaws", "--workdir"])
            .arg(workdir.path().join("functions"))
            .current_dir(workspace_root().join("tools/localaws"))
            .env_remove("MOTO_ACCOUNT_ID")
            .stdout(Stdio::piped())
            .stderr(log);
        if iam {
            command.arg("--iam");
        }
        let mut process = GroupChild::spawn(command).expect("start the local AWS launcher");
        let stdout = process.child_mut().stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_default();
        let ready: Ready = serde_json::from_str(&line).unwrap_or_else(|_| {
            panic!(
                "local AWS did not start; its log:\n{}",
                std::fs::read_to_string(&log_path).unwrap_or_default()
            )
        });
        Self {
            endpoint: ready.endpoint,
            control: ready.control,
            process,
            workdir,
        }
    }

    /// The launcher's log (function output included), for failure messages.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.workdir.path().join("localaws.log")).unwrap_or_default()
    }

    /// SDK configuration pointing at this local AWS (the account comes from [`ActAsAccount`]).
    pub fn sdk_config(&self) -> SdkConfig {
        self.sdk_config_in(REGION)
    }

    /// [`Self::sdk_config`] for `region`.
    pub fn sdk_config_in(&self, region: &str) -> SdkConfig {
        SdkConfig::builder()
            .behavior_version(BehaviorVersion::latest())
            .http_client(awsmon_sdk_config::https_client())
            .region(Region::new(region.to_owned()))
            .endpoint_url(&self.endpoint)
            .credentials_provider(SharedCredentialsProvider::new(Credentials::for_tests()))
            .build()
    }

    /// CloudWatch Logs of `account` in `region`.
    pub fn logs_in(&self, account: &str, region: &str) -> aws_sdk_cloudwatchlogs::Client {
        aws_sdk_cloudwatchlogs::Client::from_conf(
            aws_sdk_cloudwatchlogs::config::Builder::from(&self.sdk_config_in(region))
                .interceptor(ActAsAccount::new(account))
                .build(),
        )
    }

    /// `service` of `account`, through the client awsmon's functions use for it.
    pub fn json_client(&self, account: &str, service: JsonService) -> JsonClient {
        JsonClient::new(&self.sdk_config(), service).with_header(ACT_AS_ACCOUNT, account)
    }

    /// Parameter Store of `account`.
    pub fn ssm(&self, account: &str) -> JsonClient {
        self.json_client(account, SSM)
    }

    /// A SecureString parameter `name` = `value` in `account` (overwritten if it exists).
    pub async fn put_secure_string(&self, account: &str, name: &str, value: &str) {
        let input =
            serde_json::json!({"Name": name, "Value": value, "Type": "SecureString", "Overwrite": true});
        self.ssm(account)
            .call::<serde_json::Value>("PutParameter", &input)
            .await
            .unwrap_or_else(|e| panic!("store {name} in SSM of {account}: {e}"));
    }

    pub fn eventbridge(&self, account: &str) -> aws_sdk_eventbridge::Client {
        account_client!(aws_sdk_eventbridge, self, account)
    }

    /// EventBridge of `account` in `region` (that region's default bus, as AWS's services there
    /// put their events on it).
    pub fn eventbridge_in(&self, account: &str, region: &str) -> aws_sdk_eventbridge::Client {
        aws_sdk_eventbridge::Client::from_conf(
            aws_sdk_eventbridge::config::Builder::from(&self.sdk_config_in(region))
                .interceptor(ActAsAccount::new(account))
                .build(),
        )
    }

    pub fn sqs(&self, account: &str) -> aws_sdk_sqs::Client {
        account_client!(aws_sdk_sqs, self, account)
    }

    pub fn lambda(&self, account: &str) -> aws_sdk_lambda::Client {
        account_client!(aws_sdk_lambda, self, account)
    }

    pub fn logs(&self, account: &str) -> aws_sdk_cloudwatchlogs::Client {
        account_client!(aws_sdk_cloudwatchlogs, self, account)
    }

    /// Create an SQS queue in `account`; returns its URL and ARN.
    pub async fn create_queue(
        &self,
        account: &str,
        name: &str,
        attributes: &[(QueueAttributeName, &str)],
    ) -> (String, String) {
        let sqs = self.sqs(account);
        let mut request = sqs.create_queue().queue_name(name);
        for (key, value) in attributes {
            request = request.attributes(key.clone(), *value);
        }
        let url = request
            .send()
            .await
            .expect("create queue")
            .queue_url
            .expect("queue url");
        let arn = sqs
            .get_queue_attributes()
            .queue_url(&url)
            .attribute_names(QueueAttributeName::QueueArn)
            .send()
            .await
            .expect("queue attributes")
            .attributes
            .and_then(|a| a.get(&QueueAttributeName::QueueArn).cloned())
            .expect("queue arn");
        (url, arn)
    }

    /// The master bus `awsmon` in the master account, open to the agent account, with a rule
    /// sending the agents' events (`source` awsmon.agent) to queue `queue`: what the modules
    /// wire, for tests that run the functions without Terraform.
    pub async fn master_bus_to_queue(&self, queue: &str) -> MasterBus {
        self.master_bus_to_queue_in(REGION, queue).await
    }

    /// [`Self::master_bus_to_queue`] in `region` (a master in another region than the agents).
    pub async fn master_bus_to_queue_in(&self, region: &str, queue: &str) -> MasterBus {
        let sdk = self.sdk_config_in(region);
        let bus = aws_sdk_eventbridge::Client::from_conf(
            aws_sdk_eventbridge::config::Builder::from(&sdk)
                .interceptor(ActAsAccount::new(MASTER_ACCOUNT))
                .build(),
        );
        let sqs = aws_sdk_sqs::Client::from_conf(
            aws_sdk_sqs::config::Builder::from(&sdk)
                .interceptor(ActAsAccount::new(MASTER_ACCOUNT))
                .build(),
        );
        let bus_arn = bus
            .create_event_bus()
            .name("awsmon")
            .send()
            .await
            .expect("bus")
            .event_bus_arn
            .expect("bus arn");
        bus.put_permission()
            .event_bus_name("awsmon")
            .statement_id("agent")
            .action("events:PutEvents")
            .principal(AGENT_ACCOUNT)
            .send()
            .await
            .expect("bus permission");
        let queue_url = sqs
            .create_queue()
            .queue_name(queue)
            .send()
            .await
            .expect("create queue")
            .queue_url
            .expect("queue url");
        let queue_arn = format!("arn:aws:sqs:{region}:{MASTER_ACCOUNT}:{queue}");
        bus.put_rule()
            .name("agent-events")
            .event_bus_name("awsmon")
            .event_pattern(r#"{"source": ["awsmon.agent"]}"#)
            .send()
            .await
            .expect("rule");
        let target = aws_sdk_eventbridge::types::Target::builder()
            .id("ingest")
            .arn(&queue_arn)
            .build()
            .expect("target");
        bus.put_targets()
            .rule("agent-events")
            .event_bus_name("awsmon")
            .targets(target)
            .send()
            .await
            .expect("targets");
        MasterBus {
            bus_arn,
            queue_url,
            queue_arn,
        }
    }

    /// Every invocation the executor recorded, in order.
    pub fn invocations(&self) -> Vec<Invocation> {
        #[derive(Deserialize)]
        struct Body {
            invocations: Vec<Invocation>,
        }
        let body: Body = ureq::get(&format!("{}/invocations", self.control))
            .call()
            .expect("GET /invocations")
            .into_json()
            .expect("invocations JSON");
        body.invocations
    }

    /// Fire a schedule rule now, as EventBridge would on its schedule; waits for its functions.
    pub fn run_schedule(&self, account: &str, rule: &str) -> Vec<ScheduledRun> {
        self.run_schedule_in(account, REGION, rule)
    }

    /// [`Self::run_schedule`] for a rule in `region`.
    pub fn run_schedule_in(&self, account: &str, region: &str, rule: &str) -> Vec<ScheduledRun> {
        #[derive(Deserialize)]
        struct Body {
            results: Vec<ScheduledRun>,
        }
        let body: Body = ureq::post(&format!("{}/schedules/run", self.control))
            .send_json(serde_json::json!({"account_id": account, "region": region, "rule": rule}))
            .expect("POST /schedules/run")
            .into_json()
            .expect("schedule run JSON");
        body.results
    }

    /// Whether no asynchronous invocation (event, rule target, queue poll) is running.
    pub fn idle(&self) -> bool {
        let body: serde_json::Value = ureq::get(&format!("{}/idle", self.control))
            .call()
            .expect("GET /idle")
            .into_json()
            .expect("idle JSON");
        body["idle"] == true
    }

    /// The URL of `path` on the HTTP front of `function` (API Gateway proxy events).
    pub fn http_url(&self, account: &str, function: &str, path: &str) -> String {
        format!(
            "{}/http/{account}/{REGION}/{function}/{}",
            self.control,
            path.trim_start_matches('/')
        )
    }

    /// ARNs of everything made in local AWS, across accounts and regions, without what AWS
    /// makes by itself. Compare two of them to prove that something left nothing behind.
    pub fn inventory(&self) -> Vec<String> {
        #[derive(Deserialize)]
        struct Body {
            resources: Vec<String>,
        }
        let body: Body = ureq::get(&format!("{}/inventory", self.control))
            .call()
            .expect("GET /inventory")
            .into_json()
            .expect("inventory JSON");
        body.resources
    }

    /// Create an IAM role Lambda may assume, through IAM's query API. (The test crate does not
    /// compile aws-sdk-iam, the slowest SDK crate to build, for one call.)
    pub fn create_lambda_role(&self, account: &str, name: &str) -> String {
        let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
        let response = ureq::post(&self.endpoint)
            .set("x-moto-account-id", account)
            // moto routes on the credential scope; it does not check signatures.
            .set("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0")
            .send_form(&[
                ("Action", "CreateRole"),
                ("Version", "2010-05-08"),
                ("RoleName", name),
                ("AssumeRolePolicyDocument", trust),
            ])
            .expect("IAM CreateRole")
            .into_string()
            .expect("IAM response");
        assert!(
            response.contains("<RoleName>"),
            "unexpected CreateRole answer: {response}"
        );
        format!("arn:aws:iam::{account}:role/{name}")
    }

    /// An EventBridge client acting as `role_arn` (STS AssumeRole through its query API): what
    /// local AWS evaluates `aws:PrincipalArn` of a bus policy against, as a function running
    /// with that role would be.
    pub fn eventbridge_as_role(&self, role_arn: &str) -> aws_sdk_eventbridge::Client {
        let account = role_arn.split(':').nth(4).unwrap_or(MASTER_ACCOUNT);
        let response = ureq::post(&self.endpoint)
            .set("x-moto-account-id", account)
            .set("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0")
            .send_form(&[
                ("Action", "AssumeRole"),
                ("Version", "2011-06-15"),
                ("RoleArn", role_arn),
                ("RoleSessionName", "awsmon-test"),
            ])
            .expect("STS AssumeRole")
            .into_string()
            .expect("STS response");
        let field = |name: &str| {
            let open = format!("<{name}>");
            let start = response.find(&open).map(|i| i + open.len());
            let end = response.find(&format!("</{name}>"));
            match (start, end) {
                (Some(start), Some(end)) if start <= end => response[start..end].to_owned(),
                _ => panic!("no {name} in the AssumeRole answer: {response}"),
            }
        };
        let credentials = Credentials::new(
            field("AccessKeyId"),
            field("SecretAccessKey"),
            Some(field("SessionToken")),
            None,
            "assumed-role",
        );
        aws_sdk_eventbridge::Client::from_conf(
            aws_sdk_eventbridge::config::Builder::from(&self.sdk_config())
                .credentials_provider(credentials)
                .build(),
        )
    }

    /// The launcher's process id (it leads the process group of everything it starts).
    pub fn pid(&self) -> u32 {
        self.process.id()
    }

    /// Where the launcher unpacks functions (under the test's temp dir).
    pub fn functions_dir(&self) -> PathBuf {
        self.workdir.path().join("functions")
    }
}

impl Drop for LocalAws {
    fn drop(&mut self) {
        self.process.stop(Duration::from_secs(10));
    }
}

/// Sends `x-moto-account-id`, which makes moto serve the request as that account.
#[derive(Debug, Clone)]
pub struct ActAsAccount {
    account: String,
}

impl ActAsAccount {
    pub fn new(account: &str) -> Self {
        Self {
            account: account.to_owned(),
        }
    }
}

impl Intercept for ActAsAccount {
    fn name(&self) -> &'static str {
        "ActAsAccount"
    }

    fn modify_before_signing(
        &self,
        context: &mut BeforeTransmitInterceptorContextMut<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        context
            .request_mut()
            .headers_mut()
            .insert(ACT_AS_ACCOUNT, self.account.clone());
        Ok(())
    }
}
