//! Build orchestration: runs `cargo zigbuild` for the Lambda target with the pinned tools of
//! `.tools/` (see `tools/install.sh`), in a target directory of its own, with flags that make the
//! binary's bytes independent of where the checkout, the cargo home and the target directory are.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The Rust target of Lambda's x86-64 runtimes.
pub const RUST_TARGET: &str = "x86_64-unknown-linux-gnu";

/// What cargo-zigbuild is asked for: the Rust target linked against glibc 2.34 (Amazon Linux 2023).
pub const ZIG_TARGET: &str = "x86_64-unknown-linux-gnu.2.34";

/// Where the workspace's own paths appear in the binary (panic locations, `file!()`).
const REMAPPED_WORKSPACE: &str = "/awsmon";
/// Where registry and git dependency paths appear in the binary.
const REMAPPED_CARGO_HOME: &str = "/cargo";
/// Where generated sources (`OUT_DIR`) appear in the binary.
const REMAPPED_TARGET_DIR: &str = "/target";

/// The binaries to build, in one cargo invocation: their dependencies compile once, with the
/// features of all of them unified, instead of once per binary with features that differ.
#[derive(Debug, Clone)]
pub struct BuildRequest {
    /// Each binary as (workspace package, binary target of the package).
    pub binaries: Vec<(String, String)>,
    /// `CARGO_TARGET_DIR` of the build; `<workspace>/target/lambda` when `None`.
    pub target_dir: Option<PathBuf>,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// A pinned tool is not installed.
    #[error("{tool} not found ({looked}): run `make tools` to install the pinned build tools")]
    ToolMissing {
        /// `cargo-zigbuild` or `zig`.
        tool: &'static str,
        /// Where it was looked for.
        looked: String,
    },
    /// The workspace root cannot be found.
    #[error("cannot find the awsmon workspace: {0}")]
    Workspace(String),
    /// A path cannot be used.
    #[error("{0}")]
    Path(String),
    /// cargo could not be started.
    #[error("cannot run {program}: {source}")]
    Spawn {
        /// The program.
        program: String,
        /// Why.
        source: std::io::Error,
    },
    /// cargo zigbuild failed.
    #[error("`cargo zigbuild` failed ({0}); its output is above")]
    Failed(std::process::ExitStatus),
    /// The build succeeded but the binary is not where it should be.
    #[error("the build succeeded but {0} does not exist")]
    BinaryMissing(PathBuf),
}

/// Builds the binaries and returns their paths, in the request's order.
pub fn build(request: &BuildRequest) -> Result<Vec<PathBuf>, BuildError> {
    let workspace = workspace_root()?;
    let target_dir = match &request.target_dir {
        Some(dir) => absolute(dir)?,
        None => workspace.join("target").join("lambda"),
    };
    let path = tool_path(&workspace)?;
    check_tools(&workspace, &path)?;

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let mut command = Command::new(&cargo);
    command
        .current_dir(&workspace)
        .args(["zigbuild", "--release", "--locked", "--target", ZIG_TARGET])
        .args(selection(&request.binaries))
        .env("PATH", &path)
        .env("CARGO_TARGET_DIR", &target_dir)
        .env(
            "CARGO_ENCODED_RUSTFLAGS",
            encoded_rustflags(&workspace, &cargo_home()?, &target_dir),
        )
        // CARGO_ENCODED_RUSTFLAGS wins over these, removed so nobody is misled.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        // Keep stdout for the JSON summary: cargo's output all goes to stderr.
        .stdout(Stdio::from(std::io::stderr()))
        .stderr(Stdio::inherit());
    eprintln!(
        "awsmon-lambda-package: cargo zigbuild --release --locked --target {ZIG_TARGET} {} (CARGO_TARGET_DIR={})",
        selection(&request.binaries).join(" "),
        target_dir.display()
    );
    let status = command.status().map_err(|source| BuildError::Spawn {
        program: cargo.to_string_lossy().into_owned(),
        source,
    })?;
    if !status.success() {
        return Err(BuildError::Failed(status));
    }
    request
        .binaries
        .iter()
        .map(|(_, bin)| {
            let binary = target_dir.join(RUST_TARGET).join("release").join(bin);
            if binary.is_file() {
                Ok(binary)
            } else {
                Err(BuildError::BinaryMissing(binary))
            }
        })
        .collect()
}

/// `-p <package>` once per package, then `--bin <bin>` per binary: cargo builds exactly these.
fn selection(binaries: &[(String, String)]) -> Vec<String> {
    let mut packages: Vec<&String> = binaries.iter().map(|(package, _)| package).collect();
    packages.sort();
    packages.dedup();
    let mut args = Vec::new();
    for package in packages {
        args.extend(["-p".to_owned(), package.clone()]);
    }
    for (_, bin) in binaries {
        args.extend(["--bin".to_owned(), bin.clone()]);
    }
    args
}

/// The rustflags of every Lambda build, `\x1f`-separated as `CARGO_ENCODED_RUSTFLAGS` wants them
/// (so that paths with spaces survive).
///
/// rustc applies the last matching `--remap-path-prefix`, so the target directory (which is
/// usually inside the workspace) comes after the workspace.
pub fn encoded_rustflags(workspace: &Path, cargo_home: &Path, target_dir: &Path) -> OsString {
    let remaps = [
        (workspace, REMAPPED_WORKSPACE),
        (cargo_home, REMAPPED_CARGO_HOME),
        (target_dir, REMAPPED_TARGET_DIR),
    ];
    let mut flags = OsString::new();
    for (from, to) in remaps {
        if !flags.is_empty() {
            flags.push("\x1f");
        }
        flags.push("--remap-path-prefix=");
        flags.push(from.as_os_str());
        flags.push("=");
        flags.push(to);
    }
    flags
}

/// The workspace root: two levels above this crate's manifest, as compiled, or else what
/// `cargo locate-project --workspace` finds from the current directory.
fn workspace_root() -> Result<PathBuf, BuildError> {
    let compiled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    if compiled.join("Cargo.toml").is_file() && compiled.join("tools/lambda-package").is_dir() {
        return compiled
            .canonicalize()
            .map_err(|e| BuildError::Workspace(format!("{}: {e}", compiled.display())));
    }
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo")))
        .args(["locate-project", "--workspace", "--message-format", "plain"])
        .output()
        .map_err(|e| BuildError::Workspace(format!("cargo locate-project: {e}")))?;
    if !output.status.success() {
        return Err(BuildError::Workspace(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ));
    }
    let manifest = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    manifest
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| BuildError::Workspace(format!("odd manifest path {}", manifest.display())))
}

/// `CARGO_HOME`, or `~/.cargo`, as cargo itself resolves it.
fn cargo_home() -> Result<PathBuf, BuildError> {
    if let Some(home) = std::env::var_os("CARGO_HOME").filter(|home| !home.is_empty()) {
        return absolute(Path::new(&home));
    }
    std::env::home_dir()
        .map(|home| home.join(".cargo"))
        .ok_or_else(|| BuildError::Path("neither CARGO_HOME nor HOME is set".to_owned()))
}

/// `PATH` with the pinned tools first.
fn tool_path(workspace: &Path) -> Result<OsString, BuildError> {
    let tools = workspace.join(".tools");
    let mut dirs = vec![tools.join("bin"), tools.join("cargo").join("bin")];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).map_err(|e| BuildError::Path(format!("cannot build PATH: {e}")))
}

/// Fails early, pointing at `make tools`, when cargo-zigbuild or zig is missing or broken.
fn check_tools(workspace: &Path, path: &OsString) -> Result<(), BuildError> {
    let looked = |tool: &str| {
        format!(
            "looked in {} and PATH",
            workspace.join(".tools").join(tool).display()
        )
    };
    if find_on(path, "cargo-zigbuild").is_none() {
        return Err(BuildError::ToolMissing {
            tool: "cargo-zigbuild",
            looked: looked("cargo/bin"),
        });
    }
    let Some(zig) = find_on(path, "zig") else {
        return Err(BuildError::ToolMissing {
            tool: "zig",
            looked: looked("bin"),
        });
    };
    // .tools/bin/zig runs ziglang from a virtualenv: prove it actually starts.
    let works = Command::new(&zig)
        .arg("version")
        .env("PATH", path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !works {
        return Err(BuildError::ToolMissing {
            tool: "zig",
            looked: format!("{} is there but `zig version` fails", zig.display()),
        });
    }
    Ok(())
}

fn find_on(path: &OsString, program: &str) -> Option<PathBuf> {
    std::env::split_paths(path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

fn absolute(path: &Path) -> Result<PathBuf, BuildError> {
    std::path::absolute(path).map_err(|e| BuildError::Path(format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustflags_remap_the_target_dir_last() {
        let flags = encoded_rustflags(
            Path::new("/work/my checkout"),
            Path::new("/home/u/.cargo"),
            Path::new("/work/my checkout/target/lambda"),
        );
        let flags: Vec<&str> = flags.to_str().unwrap().split('\x1f').collect();
        assert_eq!(
            flags,
            [
                "--remap-path-prefix=/work/my checkout=/awsmon",
                "--remap-path-prefix=/home/u/.cargo=/cargo",
                "--remap-path-prefix=/work/my checkout/target/lambda=/target",
            ]
        );
    }

    #[test]
    fn workspace_root_is_found() {
        let root = workspace_root().unwrap();
        assert!(root.join("Cargo.toml").is_file());
        assert!(root.join("tools/lambda-package/Cargo.toml").is_file());
    }

    #[test]
    fn missing_tools_point_at_make_tools() {
        let nowhere = Path::new("/nonexistent-awsmon-workspace");
        let err = check_tools(nowhere, &OsString::from("/nonexistent-awsmon-workspace/bin")).unwrap_err();
        assert!(matches!(
            err,
            BuildError::ToolMissing {
                tool: "cargo-zigbuild",
                ..
            }
        ));
        assert!(err.to_string().contains("run `make tools`"), "{err}");
    }
}
