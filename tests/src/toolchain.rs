//! Where the pinned tools live (installed by `make tools`, see `tools/install.sh`).

use std::path::{Path, PathBuf};

/// The repository root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace root")
        .to_path_buf()
}

/// `.tools/<relative>`, or a panic that says how to install it.
pub fn tool(relative: &str) -> PathBuf {
    let path = workspace_root().join(".tools").join(relative);
    assert!(
        path.exists(),
        "{} is missing: run `make tools` first (it installs every pinned tool into .tools/)",
        path.display()
    );
    path
}

/// A Terraform other than the pinned 1.0.3 on PATH (the machine image's newer one), if any.
/// `make` puts `.tools/bin` first on PATH, so the lookup walks PATH itself and skips the pinned
/// binary instead of running whatever `terraform` resolves to.
pub fn newer_terraform_on_path() -> Option<PathBuf> {
    let pinned = workspace_root().join(".tools/bin/terraform");
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join("terraform"))
        .filter(|candidate| candidate.is_file() && !same_file(candidate, &pinned))
        .find(|candidate| {
            std::process::Command::new(candidate)
                .arg("version")
                .output()
                .ok()
                .filter(|output| output.status.success())
                .and_then(|output| {
                    String::from_utf8_lossy(&output.stdout)
                        .lines()
                        .next()
                        .map(str::to_owned)
                })
                .is_some_and(|first| first.starts_with("Terraform v") && !first.contains("v1.0.3"))
        })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Terraform 1.0.3 from the installer.
pub fn terraform_binary() -> PathBuf {
    tool("bin/terraform")
}

/// The CLI config with the hashicorp/aws 3.39.0 filesystem mirror and `dev_overrides` for the
/// awsmon provider: plans and applies always run the provider just built in `target/debug`,
/// never a copy in Terraform's plugin cache.
pub fn terraform_cli_config() -> PathBuf {
    tool("terraform.rc")
}

/// The Python of moto's virtualenv, which runs the local AWS launcher.
pub fn moto_python() -> PathBuf {
    tool("moto-venv/bin/python")
}
