//! Build a workspace Lambda with the packaging tool and deploy it to local AWS, with an SQS
//! event-source mapping, the way the provider will in production.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use aws_sdk_lambda::primitives::Blob;
use aws_sdk_lambda::types::{Environment, FunctionCode, FunctionResponseType, Runtime};

use crate::LocalAws;
use crate::processes::run_with_timeout;
use crate::toolchain::workspace_root;

/// `target/lambda/<bin>.zip`, built (or found up to date) by `awsmon-lambda-package`. A binary
/// of the contract's registry is built as `make runtime` builds it, with all the others in one
/// invocation (alone, its dependencies would get other features and its bytes would differ from
/// the zip the provider embeds); any other binary is built alone.
pub fn build_zip(package: &str, bin: &str) -> PathBuf {
    let out_dir = workspace_root().join("target/lambda");
    let out = out_dir.join(format!("{bin}.zip"));
    let in_registry = awsmon_contract::functions::binaries().contains(&(package, bin));
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(workspace_root())
        .args(["run", "--quiet", "-p", "awsmon-lambda-package", "--"]);
    if in_registry {
        command.args(["runtime", "--out-dir"]).arg(&out_dir);
    } else {
        command
            .args(["build", "--package", package, "--bin", bin, "--out"])
            .arg(&out);
    }
    let output = run_with_timeout(command, Duration::from_secs(1800)).expect("run the packaging tool");
    assert!(
        output.status.success(),
        "packaging {bin} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

/// Create `name` from `zip` in `account` with these environment variables; returns its ARN. Its
/// handler setting is `name` too: deployed under its registry name, a master function runs from
/// the master binary (single-function binaries ignore it).
pub async fn deploy(aws: &LocalAws, account: &str, name: &str, zip: &Path, env: &[(&str, String)]) -> String {
    let code = std::fs::read(zip).expect("read zip");
    let role = aws.create_lambda_role(account, name);
    let mut variables = Environment::builder();
    for (key, value) in env {
        variables = variables.variables(*key, value);
    }
    aws.lambda(account)
        .create_function()
        .function_name(name)
        .runtime(Runtime::Providedal2023)
        .handler(name)
        .role(role)
        .timeout(30)
        .environment(variables.build())
        .code(FunctionCode::builder().zip_file(Blob::new(code)).build())
        .send()
        .await
        .expect("create function")
        .function_arn
        .expect("function arn")
}

/// An SQS event-source mapping that reports partial batch failures.
pub async fn map_queue(aws: &LocalAws, account: &str, queue_arn: &str, function_arn: &str, batch_size: i32) {
    aws.lambda(account)
        .create_event_source_mapping()
        .event_source_arn(queue_arn)
        .function_name(function_arn)
        .batch_size(batch_size)
        .function_response_types(FunctionResponseType::ReportBatchItemFailures)
        .send()
        .await
        .expect("event source mapping");
}
