//! The modules declare `hashicorp/aws >= 3.39` and must plan without deprecation warnings on
//! 5.x and 6.x too. Only 3.39.0 is installable here (its plans are the module tests), so the
//! newer majors are checked by what the modules use: no argument or attribute that 5.x or 6.x
//! deprecates or removes, from the list below (each with where it was seen). `docs/compatibility.md`
//! has the matrix.

use std::path::{Path, PathBuf};

use awsmon_tests::toolchain::workspace_root;
use hcl::Body;

/// (resource type, or `data.<type>` for a data source; argument or attribute; why).
const DEPRECATED: [(&str, &str, &str); 7] = [
    (
        "data.aws_region",
        "name",
        "deprecated in 6.0 (\"name is deprecated. Use region instead.\"); region exists only from 5.100",
    ),
    (
        "data.aws_region",
        "id",
        "deprecated later in 6.x in favour of region",
    ),
    (
        "aws_cloudwatch_event_rule",
        "is_enabled",
        "deprecated in 5.x: use state",
    ),
    (
        "aws_iam_role",
        "inline_policy",
        "deprecated in 5.x: use aws_iam_role_policy",
    ),
    (
        "aws_iam_role",
        "managed_policy_arns",
        "deprecated in 5.x: use aws_iam_role_policy_attachment",
    ),
    (
        "data.aws_iam_policy_document",
        "source_json",
        "removed in 4.0: use source_policy_documents",
    ),
    (
        "data.aws_iam_policy_document",
        "override_json",
        "removed in 4.0: use override_policy_documents",
    ),
];

fn modules() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(workspace_root().join("modules"))
        .expect("modules")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.join("main.tf").is_file())
        .collect();
    found.sort();
    found
}

fn tf_files(module: &Path) -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(module)
        .expect("module dir")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "tf"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("read");
            (path, text)
        })
        .collect();
    files.sort();
    files
}

/// Arguments set directly in each `resource`/`data` block (not nested blocks' arguments).
fn arguments(body: &Body) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for block in body.blocks() {
        let prefix = match block.identifier() {
            "resource" => "",
            "data" => "data.",
            _ => continue,
        };
        let kind = block
            .labels()
            .first()
            .map(|l| l.as_str().to_owned())
            .unwrap_or_default();
        for attribute in block.body().attributes() {
            found.push((format!("{prefix}{kind}"), attribute.key().to_owned()));
        }
        for nested in block.body().blocks() {
            found.push((format!("{prefix}{kind}"), nested.identifier().to_owned()));
        }
    }
    found
}

/// Whether the text references `<type>.<any name>.<attribute>` (with `[..]` or `[*]` after the
/// name allowed), as Terraform would read it.
fn references(text: &str, kind: &str, attribute: &str) -> bool {
    let needle = format!("{kind}.");
    text.match_indices(&needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
            return false;
        }
        let rest = &text[at + needle.len()..];
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        let mut rest = &rest[name_len..];
        if rest.starts_with('[') {
            rest = rest.split_once(']').map_or("", |(_, after)| after);
        }
        rest.strip_prefix('.').is_some_and(|after| {
            after.starts_with(attribute)
                && !after[attribute.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        })
    })
}

#[test]
fn the_modules_use_nothing_hashicorp_aws_5_or_6_deprecates() {
    let mut problems = Vec::new();
    let mut checked_files = 0;
    for module in modules() {
        for (path, text) in tf_files(&module) {
            checked_files += 1;
            let body = hcl::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for (kind, argument) in arguments(&body) {
                for (deprecated_kind, deprecated, why) in DEPRECATED {
                    if kind == deprecated_kind && argument == deprecated {
                        problems.push(format!("{}: {kind}.{argument}: {why}", path.display()));
                    }
                }
            }
            for (kind, attribute, why) in DEPRECATED {
                if references(&text, kind, attribute) {
                    problems.push(format!("{}: {kind}.<name>.{attribute}: {why}", path.display()));
                }
            }
        }
    }
    assert!(checked_files >= 10, "the modules' files");
    assert!(
        problems.is_empty(),
        "deprecated in hashicorp/aws 5.x/6.x:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_reference_finder_finds_what_terraform_reads() {
    let text = "region = data.aws_region.current.name\nx = data.aws_region.r[0].id\ny = data.aws_region.current.endpoint\nz = data.aws_region.current.names";
    assert!(references(text, "data.aws_region", "name"));
    assert!(references(text, "data.aws_region", "id"));
    assert!(references(text, "data.aws_region", "endpoint"));
    assert!(!references(
        "z = data.aws_region.current.names",
        "data.aws_region",
        "name"
    ));
    assert!(!references(
        "z = mydata.aws_region.current.name",
        "data.aws_region",
        "name"
    ));
    let body = hcl::parse("resource \"aws_cloudwatch_event_rule\" \"r\" {\n  is_enabled = true\n}\n")
        .expect("parse");
    assert_eq!(
        arguments(&body),
        [("aws_cloudwatch_event_rule".to_owned(), "is_enabled".to_owned())]
    );
}
