//! The provider's resources, `awsmon_agent`, `awsmon_master` and `awsmon_bus_policy`, and what they
//! need to report.

pub mod agent;
pub mod bus_policy;
pub mod master;

use tf_provider::Diagnostics;

use crate::aws::DeployError;
use crate::clients::Clients;
use crate::function::UnitError;
use crate::provider::SharedClients;

/// The provider's clients, or an error diagnostic when the provider block was not configured.
pub fn configured<'c>(clients: &'c SharedClients, diags: &mut Diagnostics) -> Option<&'c Clients> {
    let clients = clients.get();
    if clients.is_none() {
        diags.root_error_short("the awsmon provider is not configured");
    }
    clients
}

pub fn report(diags: &mut Diagnostics, summary: &'static str, error: DeployError) {
    diags.root_error(summary, detail(&error, error.is_retryable()));
}

/// The error, and what to do when only time will fix it.
fn detail(error: &dyn std::error::Error, retryable: bool) -> String {
    if retryable {
        format!("{error}. AWS was busy or did not answer: apply again.")
    } else {
        error.to_string()
    }
}

/// Report every failed step (a removal tries every step); true when all succeeded.
pub fn report_each(
    diags: &mut Diagnostics,
    summary: &'static str,
    steps: Vec<Result<(), DeployError>>,
) -> bool {
    let mut succeeded = true;
    for step in steps {
        if let Err(error) = step {
            report(diags, summary, error);
            succeeded = false;
        }
    }
    succeeded
}

/// A function unit that could not be converged: the summary says which resource's.
pub fn report_unit(diags: &mut Diagnostics, summary: &'static str, error: UnitError) {
    diags.root_error(summary, detail(&error, error.error.is_retryable()));
}
