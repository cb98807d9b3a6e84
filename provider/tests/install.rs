//! The provider installed for real, as a user who liked the demo installs it: `make install`
//! packages the built provider as a release (zip, SHA256SUMS, manifest of protocol 6.0) into a
//! throwaway plugin directory, and Terraform finds it there without dev_overrides: `terraform
//! init` writes a lock file with its hashes (what pull-request reviews rely on) and `plan` of
//! `examples/local` runs on local AWS.

use std::process::Command;

use awsmon_tests::toolchain::{tool, workspace_root};
use awsmon_tests::{LocalAws, Terraform};

#[test]
fn make_install_lets_terraform_init_with_a_lock_file_and_plan_without_dev_overrides() {
    let work = tempfile::tempdir().expect("temp dir");
    let (release, plugins) = (work.path().join("release"), work.path().join("plugins"));
    let installed = Command::new("make")
        .current_dir(workspace_root())
        .args(["--no-print-directory", "-s", "install"])
        .arg(format!(
            "PROVIDER_BINARY={}",
            env!("CARGO_BIN_EXE_terraform-provider-awsmon")
        ))
        .arg(format!("RELEASE_DIR={}", release.display()))
        .arg(format!("PLUGIN_DIR={}", plugins.display()))
        .output()
        .expect("make runs");
    assert!(
        installed.status.success(),
        "{}",
        String::from_utf8_lossy(&installed.stderr)
    );

    let version = env!("CARGO_PKG_VERSION");
    let name = format!("terraform-provider-awsmon_{version}");
    let manifest = std::fs::read_to_string(release.join(format!("{name}_manifest.json"))).expect("manifest");
    assert!(manifest.contains(r#""protocol_versions":["6.0"]"#), "{manifest}");
    let sums = std::fs::read_to_string(release.join(format!("{name}_SHA256SUMS"))).expect("SHA256SUMS");
    assert!(sums.contains(&format!("{name}_linux_amd64.zip")), "{sums}");
    assert!(
        plugins
            .join(format!(
                "registry.terraform.io/awsmon/awsmon/{name}_linux_amd64.zip"
            ))
            .is_file()
    );

    // Only filesystem mirrors: the throwaway plugin directory for awsmon, the pinned mirror for
    // hashicorp/aws. No dev_overrides.
    let config = work.path().join("terraform.rc");
    std::fs::write(
        &config,
        format!(
            "provider_installation {{\n  filesystem_mirror {{\n    path    = \"{}\"\n    include = [\"registry.terraform.io/awsmon/*\"]\n  }}\n  filesystem_mirror {{\n    path    = \"{}\"\n    include = [\"registry.terraform.io/hashicorp/*\"]\n  }}\n}}\n",
            plugins.display(),
            tool("terraform-mirror").display()
        ),
    )
    .expect("CLI config");
    let aws = LocalAws::start();
    let terraform = Terraform::example("local")
        .cli_config(&config)
        .var("endpoint", &aws.endpoint);
    let init = terraform.init();
    assert!(!init.contains("Provider development overrides"), "{init}");
    let lock = std::fs::read_to_string(terraform.dir().join(".terraform.lock.hcl")).expect("lock file");
    let awsmon = lock
        .split("provider \"")
        .find(|block| block.starts_with("registry.terraform.io/awsmon/awsmon\""))
        .unwrap_or_else(|| panic!("awsmon is not in the lock file:\n{lock}"));
    assert!(
        awsmon
            .lines()
            .any(|l| l.trim_start().starts_with("version") && l.contains(&format!("\"{version}\""))),
        "{awsmon}"
    );
    assert!(
        awsmon.contains("\"h1:") || awsmon.contains("\"zh:"),
        "hashes are recorded: {awsmon}"
    );
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 2, "a first plan creates everything:\n{plan}");
    assert!(plan.contains("awsmon_master.this"), "{plan}");
    drop(aws);
}
