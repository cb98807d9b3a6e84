//! `awsmon-lambda-package`: builds a workspace binary for Lambda's `provided.al2023` runtime and
//! packages it as a deterministic deployment zip. Dev/build tooling, never deployed.
//!
//! ```text
//! awsmon-lambda-package build --package awsmon-hello --bin hello --out target/lambda/hello.zip
//! awsmon-lambda-package runtime --out-dir target/lambda
//! awsmon-lambda-package package --binary path/to/bootstrap-binary --out hello.zip
//! ```
//!
//! Both write `<out>`, `<out>.sha256` (hex) and print one JSON line on stdout:
//! `{"zip": ..., "sha256": ..., "zip_bytes": N, "binary_bytes": N, "max_glibc": "2.34"}`.
//! Everything else (cargo's output, the glibc found) goes to stderr.

mod build;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use awsmon_lambda_package::elf::{self, LAMBDA_MAX_GLIBC};
use awsmon_lambda_package::{lambda_zip, sha256_hex};
use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    version,
    about = "Build and package awsmon's Rust Lambda functions (dev tooling)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Cross-build a workspace binary with cargo-zigbuild against glibc 2.34 and package it.
    Build {
        /// The workspace package that has the binary.
        #[arg(long = "package", short = 'p')]
        package: String,
        /// The binary target to build.
        #[arg(long)]
        bin: String,
        /// Cargo target directory of the Lambda build [default: <workspace>/target/lambda].
        #[arg(long)]
        target_dir: Option<PathBuf>,
        /// The zip to write; `<out>.sha256` is written next to it.
        #[arg(long)]
        out: PathBuf,
    },
    /// Build every binary of awsmon's runtime (the contract's registry) in one cargo
    /// invocation, and package each as `<out-dir>/<binary>.zip`.
    Runtime {
        /// Where the zips go.
        #[arg(long)]
        out_dir: PathBuf,
        /// Cargo target directory of the Lambda build [default: <workspace>/target/lambda].
        #[arg(long)]
        target_dir: Option<PathBuf>,
    },
    /// Package an already-built binary (same checks and outputs as `build`).
    Package {
        /// The Linux x86-64 binary to ship as `bootstrap`.
        #[arg(long)]
        binary: PathBuf,
        /// The zip to write; `<out>.sha256` is written next to it.
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build {
            package,
            bin,
            target_dir,
            out,
        } => build_and_package(vec![(package, bin, out)], target_dir),
        Command::Runtime { out_dir, target_dir } => build_and_package(
            awsmon_contract::functions::binaries()
                .into_iter()
                .map(|(package, binary)| {
                    (
                        package.to_owned(),
                        binary.to_owned(),
                        out_dir.join(format!("{binary}.zip")),
                    )
                })
                .collect(),
            target_dir,
        ),
        Command::Package { binary, out } => package_binary(&binary, &out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("awsmon-lambda-package: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Builds (package, bin) pairs in one invocation and packages each into its zip.
fn build_and_package(
    functions: Vec<(String, String, PathBuf)>,
    target_dir: Option<PathBuf>,
) -> Result<(), String> {
    let request = build::BuildRequest {
        binaries: functions.iter().map(|(p, b, _)| (p.clone(), b.clone())).collect(),
        target_dir,
    };
    let binaries = build::build(&request).map_err(|e| e.to_string())?;
    for (binary, (_, _, out)) in binaries.iter().zip(&functions) {
        package_binary(binary, out)?;
    }
    Ok(())
}

/// The JSON line printed on stdout, fields in this order.
#[derive(Debug, serde::Serialize)]
struct Summary {
    /// The zip written, as given.
    zip: String,
    /// SHA-256 of the zip, hex.
    sha256: String,
    /// Size of the zip.
    zip_bytes: usize,
    /// Size of the binary.
    binary_bytes: usize,
    /// Highest glibc the binary needs, `null` when none.
    max_glibc: Option<String>,
}

/// Checks `binary`, zips it as `bootstrap`, writes `out` and `out.sha256`, prints the JSON summary.
fn package_binary(binary: &Path, out: &Path) -> Result<(), String> {
    let bytes = std::fs::read(binary).map_err(|e| format!("cannot read {}: {e}", binary.display()))?;
    let report = match elf::check_lambda_binary(&bytes) {
        Ok(report) => report,
        Err(e @ awsmon_lambda_package::Error::GlibcTooNew { .. }) => {
            return Err(format!("{}: {e}", binary.display()));
        }
        Err(e) => return Err(format!("{} cannot run on Lambda: {e}", binary.display())),
    };
    let max_glibc = report.max_glibc.map(|v| v.to_string());
    eprintln!(
        "awsmon-lambda-package: {} needs glibc {} (limit {LAMBDA_MAX_GLIBC}): ok",
        binary.display(),
        max_glibc.as_deref().unwrap_or("none")
    );

    let zip = lambda_zip(&bytes).map_err(|e| e.to_string())?;
    let sha256 = sha256_hex(&zip);
    if let Some(dir) = out.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    write_atomically(out, &zip)?;
    let mut sha_path = out.as_os_str().to_owned();
    sha_path.push(".sha256");
    write_atomically(Path::new(&sha_path), format!("{sha256}\n").as_bytes())?;

    let summary = Summary {
        zip: out.display().to_string(),
        sha256,
        zip_bytes: zip.len(),
        binary_bytes: bytes.len(),
        max_glibc,
    };
    let line = serde_json::to_string(&summary).map_err(|e| e.to_string())?;
    println!("{line}");
    Ok(())
}

/// Writes through a temporary file and a rename, so that readers never see half a zip.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("cannot write {}: {e}", path.display())
        })
}
