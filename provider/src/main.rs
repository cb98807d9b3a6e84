//! terraform-provider-awsmon: deploys the awsmon runtime with Terraform (tfplugin6, through the
//! tf-provider crate). Terraform starts it; run by hand it says what it is and exits.

use std::os::unix::process::CommandExt;

mod artifact;
mod aws;
mod block;
mod clients;
mod function;
mod provider;
mod resources;
mod validation;
mod values;

/// tf-provider appends a Rust backtrace to every diagnostic when backtraces are enabled (as
/// RUST_BACKTRACE=1 does): users must see the message only. The environment cannot be changed
/// safely once threads run, so the provider starts itself again with library backtraces off.
fn without_backtraces_in_diagnostics() {
    if std::env::var_os("RUST_LIB_BACKTRACE").is_some_and(|v| v == "0") {
        return;
    }
    let Ok(me) = std::env::current_exe() else { return };
    let error = std::process::Command::new(me)
        .args(std::env::args_os().skip(1))
        .env("RUST_LIB_BACKTRACE", "0")
        .exec();
    eprintln!("terraform-provider-awsmon: could not restart without backtraces ({error}); continuing");
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var_os("TF_PLUGIN_MAGIC_COOKIE").is_none()
        && std::env::var_os("TF_REATTACH_PROVIDERS").is_none()
    {
        println!(
            "terraform-provider-awsmon {}: a Terraform provider, started by Terraform (see docs/index.md).",
            artifact::RUNTIME_VERSION
        );
        return Ok(());
    }
    without_backtraces_in_diagnostics();
    // Both ring (tf-provider's TLS) and aws-lc-rs (the AWS SDK's) are linked in: rustls will
    // not guess, so choose for the whole process.
    if rustls::crypto::ring::default_provider()
        .install_default()
        .is_err()
    {
        eprintln!("terraform-provider-awsmon: a TLS crypto provider was already installed");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(tf_provider::serve("awsmon", provider::AwsmonProvider::default()))?;
    Ok(())
}
