//! Packaging of awsmon's Rust Lambda functions: dev/build tooling, never deployed.
//!
//! The library is what a Lambda deployment artifact is made of, with no build or command line
//! concerns, so that other crates (the provider embeds runtime artifacts) can reuse it:
//!
//! * [`archive`]: deterministic zips ([`deterministic_zip`], [`lambda_zip`]) and [`sha256_hex`];
//! * [`elf`]: checks that a binary is an x86-64 ELF whose glibc requirement fits Lambda's
//!   `provided.al2023` runtime ([`elf::check_lambda_binary`]).
//!
//! The `awsmon-lambda-package` binary (feature `cli`, on by default) adds the cargo-zigbuild
//! orchestration and the command line on top.

pub mod archive;
pub mod elf;
mod error;

pub use archive::{BOOTSTRAP, deterministic_zip, lambda_zip, sha256_hex};
pub use elf::{GlibcVersion, LAMBDA_MAX_GLIBC};
pub use error::Error;
