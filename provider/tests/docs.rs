//! The registry docs (`docs/index.md`, `docs/resources/`) are generated from the schema Terraform reads from the provider
//! (`tools/provider-docs/generate.py`); this fails when they drift. Regenerate with
//! `AWSMON_WRITE_DOCS=1 cargo test -p terraform-provider-awsmon --test docs`.

use std::path::Path;
use std::process::Command;

use awsmon_tests::Terraform;
use awsmon_tests::toolchain::{moto_python, workspace_root};

fn files(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        let relative = entry.strip_prefix(dir).expect("inside").display().to_string();
        found.push((relative, std::fs::read_to_string(&entry).expect("read doc")));
    }
    found.sort();
    found
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            paths.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "md") {
            paths.push(path);
        }
    }
    paths
}

#[test]
fn the_registry_docs_match_the_provider_schema() {
    let terraform = Terraform::new("schema");
    terraform.init();
    let schema = terraform.succeed(&["providers", "schema", "-json"]);
    let schema_file = terraform.dir().join("schema.json");
    std::fs::write(&schema_file, schema).expect("write schema");
    let generated = tempfile::tempdir().expect("temp dir");
    let status = Command::new(moto_python())
        .arg(workspace_root().join("tools/provider-docs/generate.py"))
        .arg(&schema_file)
        .arg(workspace_root().join("provider/examples"))
        .arg(generated.path())
        .status()
        .expect("run the docs generator");
    assert!(status.success(), "the docs generator failed");

    // The registry layout: docs/index.md and docs/resources/<name>.md (docs/ holds other pages too).
    let docs = workspace_root().join("docs");
    let expected = files(generated.path());
    assert!(
        expected.iter().any(|(name, _)| name == "resources/agent.md"),
        "{expected:?}"
    );
    if std::env::var_os("AWSMON_WRITE_DOCS").is_some() {
        std::fs::remove_dir_all(docs.join("resources")).ok();
        for (relative, text) in &expected {
            let target = docs.join(relative);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("docs dir");
            std::fs::write(target, text).expect("write doc");
        }
    }
    let mut committed = files(&docs.join("resources"))
        .into_iter()
        .map(|(name, text)| (format!("resources/{name}"), text))
        .collect::<Vec<_>>();
    committed.push((
        "index.md".into(),
        std::fs::read_to_string(docs.join("index.md")).unwrap_or_default(),
    ));
    committed.sort();
    assert_eq!(
        committed, expected,
        "docs/index.md or docs/resources drifted from the provider schema: regenerate with \
         AWSMON_WRITE_DOCS=1 cargo test -p terraform-provider-awsmon --test docs"
    );
}
