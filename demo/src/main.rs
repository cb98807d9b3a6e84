//! `make demo`: the whole system on local AWS, with progress as it goes and a summary a person
//! can read. Writes the Slack messages as an HTML page to `target/demo/slack.html`.

use std::io::IsTerminal;
use std::time::Instant;

use awsmon_demo::scenario::Scenario;
use awsmon_demo::slack::{Living, html_page};
use awsmon_demo::stack::Stack;
use awsmon_demo::style;
use awsmon_tests::MASTER_ACCOUNT;
use awsmon_tests::toolchain::workspace_root;
use serde_json::Value;
use tokio::io::AsyncBufReadExt;

#[tokio::main]
async fn main() {
    let started = Instant::now();
    let say = move |step: &str| {
        let clock = format!("[{:>5.1}s]", started.elapsed().as_secs_f64());
        println!("{} {step}", style::cyan(&clock))
    };
    let stack = Stack::up(&say).await;
    let scenario = Scenario::starting_now().await;
    scenario.play(&stack, &say).await;
    scenario.slack_buttons(&stack, &say).await;
    say("the daily report of today, as its schedule will build it after midnight");
    scenario.daily_report(&stack).await;
    say("four minutes later: check-agents finds the agent whose heartbeats stopped");
    scenario.check_agents_later(&stack).await;

    let messages = stack.slack.messages().await;
    heading(&format!("Slack: {} messages in #awsmon", messages.len()));
    for message in &messages {
        print!("{}", message.to_terminal(78));
    }
    let channel: Vec<Living> = stack.slack_app.messages().iter().map(Living::of).collect();
    heading(&format!(
        "Slack app: {} message(s) in #oncall, each edited in place, with its thread",
        channel.len()
    ));
    for living in &channel {
        print!("{}", living.to_terminal(78));
    }
    let page = workspace_root().join("target/demo/slack.html");
    std::fs::create_dir_all(page.parent().expect("target/demo")).expect("target/demo");
    std::fs::write(
        &page,
        html_page("awsmon demo: Slack messages", &messages, &channel),
    )
    .expect("write the HTML page");
    println!("(also as a page: {})", page.display());

    heading("GET /issues");
    print_issues(&stack.api("GET", "/issues").1);
    heading("GET /agents");
    print_agents(&stack.api("GET", "/agents").1);
    heading(&format!("GET /reports/daily/{}", scenario.report_day()));
    let (_, report) = stack.api("GET", &format!("/reports/daily/{}", scenario.report_day()));
    println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());

    heading("Look around");
    let api = stack.aws.http_url(MASTER_ACCOUNT, &stack.function("api"), "");
    println!("  API:          curl -s {api}issues   (also /events, /agents, /openapi.json)");
    println!(
        "  local AWS:    {} (any SDK or CLI, keys 'local', account 111111111111 by default)",
        stack.aws.endpoint
    );
    println!(
        "  Terraform:    cd {} && TF_CLI_CONFIG_FILE={} terraform plan -var endpoint={}",
        stack.terraform.dir().display(),
        workspace_root().join(".tools/terraform.rc").display(),
        stack.aws.endpoint
    );
    println!("  Slack page:   {}", page.display());
    if std::io::stdin().is_terminal() {
        println!("\nPress Enter to tear down (terraform destroy, then local AWS stops).");
        let mut line = String::new();
        let _ = tokio::io::BufReader::new(tokio::io::stdin())
            .read_line(&mut line)
            .await;
    }
    say("tearing down: terraform destroy");
    let left = stack.down(&Scenario::log_groups());
    if !left.is_empty() {
        println!("destroy left behind: {left:#?}");
    }
    say("done");
}

fn heading(text: &str) {
    println!("\n{}", style::bold(&format!("== {text} ==")));
}

fn items(body: &Value) -> Vec<Value> {
    body["items"].as_array().cloned().unwrap_or_default()
}

fn print_issues(body: &Value) {
    println!(
        "{:<13} {:<17} {:<9} {:>5}  title",
        "account", "type", "severity", "count"
    );
    for issue in items(body) {
        println!(
            "{:<13} {:<17} {:<9} {:>5}  {}",
            issue["account_id"].as_str().unwrap_or("?"),
            issue["event_type"].as_str().unwrap_or("?"),
            issue["severity"].as_str().unwrap_or("?"),
            issue["count"],
            issue["title"].as_str().unwrap_or("?"),
        );
    }
}

fn print_agents(body: &Value) {
    for agent in items(body) {
        println!(
            "{:<24} {:<8} version {}  last heartbeat {}",
            agent["agent_id"].as_str().unwrap_or("?"),
            agent["status"].as_str().unwrap_or("?"),
            agent["agent_version"].as_str().unwrap_or("?"),
            agent["last_heartbeat"].as_str().unwrap_or("never"),
        );
    }
}
