//! The settings tables in the docs are the contract's, word for word: a default or a range
//! changed here and not there fails this test. `AWSMON_BLESS=1 cargo test -p awsmon-contract`
//! rewrites them.

use std::path::Path;

const BEGIN: &str =
    "<!-- settings: generated from crates/contract, AWSMON_BLESS=1 cargo test -p awsmon-contract -->\n";
const END: &str = "<!-- end of settings -->";

fn check(page: &str, table: String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(page);
    let text = std::fs::read_to_string(&path).unwrap();
    let (Some(start), Some(end)) = (text.find(BEGIN), text.find(END)) else {
        panic!("{page} has no generated settings table (between {BEGIN:?} and {END:?})");
    };
    let current = &text[start + BEGIN.len()..end];
    if current == table {
        return;
    }
    if std::env::var_os("AWSMON_BLESS").is_some() {
        let updated = format!("{}{BEGIN}{table}{}", &text[..start], &text[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    panic!(
        "{page}'s settings table is not the contract's; run AWSMON_BLESS=1 cargo test -p awsmon-contract\n--- in the page:\n{current}\n--- from the contract:\n{table}"
    );
}

#[test]
fn the_agent_page_lists_the_agents_settings() {
    check("docs/agent.md", awsmon_contract::agent::settings_table());
}

#[test]
fn the_master_page_lists_the_masters_settings() {
    check("docs/master.md", awsmon_contract::master::settings_table());
}
