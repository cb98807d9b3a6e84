//! Embeds the runtime: copies each runtime binary's Lambda zip (built by `make runtime` into
//! `target/lambda/`, or the directory in AWSMON_RUNTIME_DIR) into OUT_DIR, where
//! `src/artifact.rs` includes it. The zips are deterministic, so two provider builds from the
//! same source embed the same bytes.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=AWSMON_RUNTIME_DIR");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let runtime_dir = std::env::var("AWSMON_RUNTIME_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| manifest.join("../target/lambda"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    for (_, binary) in awsmon_contract::functions::binaries() {
        let zip = runtime_dir.join(format!("{binary}.zip"));
        println!("cargo:rerun-if-changed={}", zip.display());
        if let Err(error) = std::fs::copy(&zip, out.join(format!("{binary}.zip"))) {
            panic!(
                "the provider embeds the runtime, but {} is missing ({error}): run `make runtime` first \
                 (it builds every runtime binary for Lambda into target/lambda)",
                zip.display()
            );
        }
    }
}
