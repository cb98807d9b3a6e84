//! The examples double as tests: `examples/local` is applied on local AWS by the end-to-end test
//! (`demo/tests/end_to_end.rs`, the main job); `examples/complete` (real AWS) is initialised and
//! validated here.

use awsmon_tests::Terraform;

#[test]
fn examples_complete_is_valid_terraform() {
    let terraform = Terraform::example("complete");
    terraform.init();
    let validated = terraform.succeed(&["validate", "-no-color"]);
    assert!(validated.contains("The configuration is valid"), "{validated}");
}
