//! Runs the real Terraform CLI (pinned 1.0.3 unless told otherwise) with the hashicorp/aws
//! mirror, in a temp copy of a fixture, against a local AWS.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use tempfile::TempDir;

use crate::processes::run_with_timeout;
use crate::toolchain::{terraform_binary, terraform_cli_config, workspace_root};

/// Each Terraform command may take this long; moto answers in milliseconds, so a hang is a bug.
const COMMAND_LIMIT: Duration = Duration::from_secs(300);

/// A Terraform working directory holding a copy of one fixture.
#[derive(Debug)]
pub struct Terraform {
    binary: PathBuf,
    dir: TempDir,
    /// Where Terraform runs, when not `dir` itself (examples run in a copy of their folder).
    workdir: Option<PathBuf>,
    vars: Vec<(String, String)>,
    /// `TF_CLI_CONFIG_FILE`, when not the workspace's (dev_overrides for awsmon).
    cli_config: Option<PathBuf>,
}

impl Terraform {
    /// A copy of `tests/fixtures/terraform/<fixture>`, run with the pinned Terraform 1.0.3.
    pub fn new(fixture: &str) -> Self {
        Self::with_binary(fixture, terraform_binary())
    }

    /// The same, with another Terraform binary (a newer one on PATH, for example).
    pub fn with_binary(fixture: &str, binary: PathBuf) -> Self {
        let source = workspace_root().join("tests/fixtures/terraform").join(fixture);
        let dir = tempfile::Builder::new()
            .prefix("tf-")
            .tempdir()
            .expect("temp dir");
        for entry in std::fs::read_dir(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display())) {
            let path = entry.expect("fixture entry").path();
            if path.extension().is_some_and(|ext| ext == "tf") {
                // Module sources must be literal paths: fixtures write __WORKSPACE__ for the root.
                let text = std::fs::read_to_string(&path).expect("read fixture");
                let text = text.replace("__WORKSPACE__", &workspace_root().display().to_string());
                std::fs::write(dir.path().join(path.file_name().expect("file name")), text)
                    .expect("copy fixture");
            }
        }
        Self {
            binary,
            workdir: None,
            dir,
            vars: Vec::new(),
            cli_config: None,
        }
    }

    /// A copy of `examples/<name>`, placed so that its relative module sources
    /// (`../../modules/...`) resolve to this workspace's modules.
    pub fn example(name: &str) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("tf-example-")
            .tempdir()
            .expect("temp dir");
        let copy = dir.path().join("examples").join(name);
        std::fs::create_dir_all(&copy).expect("example dir");
        std::os::unix::fs::symlink(workspace_root().join("modules"), dir.path().join("modules"))
            .expect("link modules");
        let source = workspace_root().join("examples").join(name);
        for entry in std::fs::read_dir(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display())) {
            let path = entry.expect("example entry").path();
            if path.extension().is_some_and(|ext| ext == "tf") {
                std::fs::copy(&path, copy.join(path.file_name().expect("file name"))).expect("copy example");
            }
        }
        Self {
            binary: terraform_binary(),
            workdir: Some(copy),
            dir,
            vars: Vec::new(),
            cli_config: None,
        }
    }

    /// A working directory the caller has filled (a rendered Terragrunt unit, for example),
    /// run with the pinned Terraform 1.0.3.
    pub fn in_dir(dir: TempDir) -> Self {
        Self {
            binary: terraform_binary(),
            workdir: None,
            dir,
            vars: Vec::new(),
            cli_config: None,
        }
    }

    /// Run with this CLI configuration instead of the workspace's, whose dev_overrides point at
    /// the workspace's build of the awsmon provider.
    pub fn cli_config(mut self, path: &Path) -> Self {
        self.cli_config = Some(path.to_owned());
        self
    }

    pub fn var(mut self, name: &str, value: &str) -> Self {
        self.vars.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn dir(&self) -> &Path {
        self.workdir.as_deref().unwrap_or(self.dir.path())
    }

    /// Run `terraform <args>`; returns the output whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        let mut command = Command::new(&self.binary);
        let (subcommand, rest) = args.split_first().expect("a Terraform subcommand");
        command.arg(subcommand);
        // Variables go right after the subcommand: Terraform wants flags before arguments.
        if matches!(*subcommand, "plan" | "apply" | "destroy" | "import" | "refresh") {
            for (name, value) in &self.vars {
                command.arg(format!("-var={name}={value}"));
            }
        }
        command
            .args(rest)
            .current_dir(self.dir())
            .env(
                "TF_CLI_CONFIG_FILE",
                self.cli_config.clone().unwrap_or_else(terraform_cli_config),
            )
            .env("TF_PLUGIN_CACHE_DIR", self.plugin_cache())
            // Terraform >= 1.4 rewrites a cached provider in place on every `init` without a
            // lock file, and another test process then executing it fails with "text file busy":
            // use the cached package as it is (the lock files of tests are thrown away).
            .env("TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE", "true")
            .env("TF_IN_AUTOMATION", "1")
            .env("TF_INPUT", "0")
            .env("CHECKPOINT_DISABLE", "1")
            .env_remove("TF_LOG")
            // Only local AWS is ever called: dummy keys for the standard credential chain, and no
            // profile, so that real credentials in the environment can never be picked up.
            .env("AWS_ACCESS_KEY_ID", "local")
            .env("AWS_SECRET_ACCESS_KEY", "local")
            .env_remove("AWS_SESSION_TOKEN")
            .env_remove("AWS_PROFILE")
            .env_remove("AWS_DEFAULT_PROFILE")
            .env("AWS_EC2_METADATA_DISABLED", "true");
        run_with_timeout(command, COMMAND_LIMIT)
            .unwrap_or_else(|e| panic!("terraform {}: {e}", args.join(" ")))
    }

    /// Terraform versions rewrite cached packages in their own way, and a run of one may read the
    /// cache while another version's `init` rewrites it: each binary gets a cache of its own.
    /// A run with its own CLI configuration installs its own providers into a cache of its own.
    fn plugin_cache(&self) -> PathBuf {
        if self.cli_config.is_some() {
            let dir = self.dir.path().join(".plugin-cache");
            std::fs::create_dir_all(&dir).expect("plugin cache dir");
            return dir;
        }
        let pinned = self.binary == terraform_binary();
        let name = if pinned {
            "terraform-plugin-cache".to_owned()
        } else {
            format!("terraform-plugin-cache-{}", self.binary.display()).replace('/', "_")
        };
        let dir = workspace_root().join(".tools").join(name);
        std::fs::create_dir_all(&dir).expect("plugin cache dir");
        dir
    }

    /// Run and require success, with Terraform's own output in the panic message otherwise.
    pub fn succeed(&self, args: &[&str]) -> String {
        let output = self.run(args);
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "terraform {} failed ({}):\n{stdout}\n{}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
    }

    /// `terraform init`, one at a time per plugin cache: the cache is not safe for concurrent use.
    pub fn init(&self) -> String {
        let _one_at_a_time = lock_plugin_cache(&self.plugin_cache());
        self.succeed(&["init", "-no-color"])
    }

    pub fn apply(&self) -> String {
        self.succeed(&["apply", "-auto-approve", "-no-color"])
    }

    /// `terraform apply` that must fail: its output (stdout and stderr), for the diagnostics.
    pub fn apply_fails(&self) -> String {
        let output = self.run(&["apply", "-auto-approve", "-no-color"]);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            output.status.code(),
            Some(1),
            "terraform apply should have failed:\n{text}"
        );
        text
    }

    pub fn destroy(&self) -> String {
        self.succeed(&["destroy", "-auto-approve", "-no-color"])
    }

    /// `terraform plan -detailed-exitcode`: 0 no changes, 2 changes (1 is an error and panics),
    /// with the plan text.
    pub fn plan_exit_code(&self) -> (i32, String) {
        let output = self.run(&["plan", "-detailed-exitcode", "-no-color"]);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let code = output.status.code().unwrap_or(-1);
        assert!(code == 0 || code == 2, "terraform plan failed ({code}):\n{text}");
        (code, text)
    }

    /// `terraform plan -out` and `terraform show -json` of that plan file: the machine-readable
    /// plan (`resource_changes`, `planned_values`, `prior_state`, `configuration`).
    pub fn show_plan_json(&self) -> serde_json::Value {
        self.succeed(&["plan", "-out=awsmon.tfplan", "-no-color"]);
        let json = self.succeed(&["show", "-json", "awsmon.tfplan"]);
        serde_json::from_str(&json).expect("terraform show -json: a plan in JSON")
    }

    pub fn outputs(&self) -> serde_json::Value {
        serde_json::from_str(&self.succeed(&["output", "-json"])).expect("terraform output JSON")
    }

    /// The version line of this Terraform (`Terraform v1.0.3`).
    pub fn version(&self) -> String {
        self.succeed(&["version"])
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

/// An exclusive lock on a Terraform plugin cache, held until the file is dropped: `terraform
/// init` writes the cache and is not safe to run twice at once on it, and the test binaries run
/// side by side (tools/test-rust.py), so an in-process mutex is not enough.
pub fn lock_plugin_cache(cache: &Path) -> std::fs::File {
    let path = cache.join(".awsmon-init.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    file.lock()
        .unwrap_or_else(|e| panic!("lock {}: {e}", path.display()));
    file
}
