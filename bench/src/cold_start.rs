//! Cold starts and peak memory of the deployed functions, from the local executor's records.
//!
//! Every function is packaged the same way (`awsmon-lambda-package`: release, cargo-zigbuild,
//! glibc 2.34) and deployed to local AWS. A configuration change makes the executor start a
//! new instance, so each invocation after one is a cold start; the functions take turns so
//! that a busy moment of the shared machine hits all of them alike.

use std::path::{Path, PathBuf};
use std::time::Duration;

use aws_sdk_lambda::primitives::Blob;
use aws_sdk_lambda::types::Environment;
use awsmon_contract::functions;
use awsmon_domain::agent_event::{AgentEvent, TimeWindow};
use awsmon_tests::lambda_deploy::{build_zip, deploy};
use awsmon_tests::toolchain::workspace_root;
use awsmon_tests::{AGENT_ACCOUNT, Invocation, LocalAws, MASTER_ACCOUNT};
use serde_json::{Value, json};

use crate::events;
use crate::report::{Section, Verdict, count, median, mib};
use crate::world::{self, World};

const COLD_STARTS: usize = 7;
const COLD_GOAL: f64 = 1.2;
const MEMORY_GOAL_MB: f64 = 32.0;
const BATCH_EVENTS: usize = 100;
const INSIGHTS_ROWS: usize = 10_000;

struct Function {
    name: &'static str,
    package: &'static str,
    /// The binary that runs it (the master's functions share one).
    binary: &'static str,
    account: &'static str,
    env: Vec<(&'static str, String)>,
    payload: Value,
    zip: PathBuf,
}

fn scheduled() -> Value {
    json!({
        "version": "0", "id": "bench", "detail-type": "Scheduled Event", "source": "aws.events",
        "account": MASTER_ACCOUNT, "time": events::now().to_rfc3339(), "region": events::REGION,
        "resources": [], "detail": {}
    })
}

fn binary(name: &str) -> PathBuf {
    workspace_root().join(format!("target/lambda/x86_64-unknown-linux-gnu/release/{name}"))
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// Lambda timeouts the provider deploys with (`provider/src/agent.rs`, `master.rs`): the agent
/// starts no window it could not finish before it.
pub fn timeout_secs(name: &str) -> i32 {
    if name == "query-error-logs" { 300 } else { 30 }
}

/// Replace the environment (a new configuration: the next invocation is a cold start).
pub async fn configure(
    aws: &LocalAws,
    account: &str,
    name: &str,
    env: &[(&'static str, String)],
    instance: usize,
) {
    let mut variables = Environment::builder().variables("BENCH_INSTANCE", instance.to_string());
    for (key, value) in env {
        variables = variables.variables(*key, value);
    }
    aws.lambda(account)
        .update_function_configuration()
        .function_name(name)
        .timeout(timeout_secs(name))
        .environment(variables.build())
        .send()
        .await
        .expect("update function configuration");
}

async fn invoke(aws: &LocalAws, account: &str, name: &str, payload: &Value) -> String {
    let out = aws
        .lambda(account)
        .invoke()
        .function_name(name)
        .payload(Blob::new(payload.to_string()))
        .send()
        .await
        .expect("invoke");
    out.payload
        .map(|p| String::from_utf8_lossy(p.as_ref()).into_owned())
        .unwrap_or_default()
}

/// CPU time and run-queue wait (ms, summed over the live threads) and minor page faults of
/// the live instance of `name` under `functions_dir`: what its init and one invocation cost.
fn process_profile(functions_dir: &Path, name: &str) -> Option<(f64, f64, u64)> {
    let prefix = functions_dir.join(format!("lambda-{name}-"));
    let prefix = prefix.to_string_lossy().into_owned();
    for entry in std::fs::read_dir("/proc").ok()?.filter_map(Result::ok) {
        let dir = entry.path();
        let Ok(cmdline) = std::fs::read(dir.join("cmdline")) else {
            continue;
        };
        let program =
            String::from_utf8_lossy(cmdline.split(|b| *b == 0).next().unwrap_or_default()).into_owned();
        if !program.starts_with(&prefix) || !program.ends_with("/bootstrap") {
            continue;
        }
        let (mut cpu_ns, mut wait_ns) = (0u64, 0u64);
        for task in std::fs::read_dir(dir.join("task")).ok()?.filter_map(Result::ok) {
            let text = std::fs::read_to_string(task.path().join("schedstat")).unwrap_or_default();
            let mut fields = text
                .split_whitespace()
                .map(|f| f.parse::<u64>().unwrap_or_default());
            cpu_ns += fields.next().unwrap_or_default();
            wait_ns += fields.next().unwrap_or_default();
        }
        let stat = std::fs::read_to_string(dir.join("stat")).unwrap_or_default();
        // Fields after the command name (which may hold spaces): minflt is the 10th field.
        let minflt = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(7))
            .and_then(|f| f.parse().ok())
            .unwrap_or_default();
        return Some((cpu_ns as f64 / 1e6, wait_ns as f64 / 1e6, minflt));
    }
    None
}

fn last_record(aws: &LocalAws, name: &str) -> Option<Invocation> {
    aws.invocations()
        .into_iter()
        .rev()
        .find(|i| i.function_name == name)
}

/// `target/lambda/<bin>.zip` as `make runtime` and `make lambda` (prerequisites of `make bench`)
/// left it; packaged here only when missing.
pub fn zip(package: &str, bin: &str) -> PathBuf {
    let path = workspace_root().join(format!("target/lambda/{bin}.zip"));
    if path.is_file() {
        return path;
    }
    eprintln!("awsmon-bench: packaging {bin}");
    build_zip(package, bin)
}

/// The functions to measure, with their zips.
fn functions(world: &World, agent_group: &str) -> Vec<Function> {
    let mut list = vec![
        Function {
            name: "hello",
            package: "awsmon-hello",
            binary: "hello",
            account: MASTER_ACCOUNT,
            env: Vec::new(),
            payload: json!({"bench": true}),
            zip: PathBuf::new(),
        },
        Function {
            name: "query-error-logs",
            package: "awsmon-agent",
            binary: "query-error-logs",
            account: AGENT_ACCOUNT,
            env: world.agent_env(agent_group),
            payload: scheduled(),
            zip: PathBuf::new(),
        },
    ];
    for name in ["handle-monitoring-events", "daily-report", "check-agents", "api"] {
        list.push(Function {
            name,
            package: "awsmon-master",
            binary: functions::MASTER_BINARY,
            account: MASTER_ACCOUNT,
            env: world.master_env(&[]),
            payload: scheduled(),
            zip: PathBuf::new(),
        });
    }
    for f in &mut list {
        f.zip = zip(f.package, f.binary);
    }
    list
}

/// Runs cold start (and/or memory): returns their sections.
pub async fn run(cold: bool, memory: bool) -> Vec<Section> {
    let world = World::start().await;
    let now = events::now().millis();
    // The agent's own log group for its cold starts: a few lines, so runs do real work.
    let quiet_group = "/bench/quiet";
    world::write_lines(
        &world.aws,
        quiet_group,
        &[(now - 60_000, "ERROR bench line".to_owned())],
    )
    .await;
    let functions = functions(&world, quiet_group);
    for f in &functions {
        deploy(&world.aws, f.account, f.name, &f.zip, &f.env).await;
    }
    let mut sections = Vec::new();
    if cold {
        sections.push(cold_starts(&world, &functions).await);
    }
    if memory {
        sections.push(peak_memory(&world, &functions).await);
    }
    sections
}

/// What the cold-start rounds recorded, per function in `functions`' order.
struct ColdRounds {
    /// Init ms of each cold start the executor recorded.
    inits: Vec<Vec<f64>>,
    /// CPU ms, run-queue wait ms and minor faults of each live instance after its invocation.
    profiles: Vec<Vec<(f64, f64, u64)>>,
    /// Invocations without a cold-start record, described.
    failures: Vec<String>,
}

async fn cold_starts(world: &World, functions: &[Function]) -> Section {
    let mut section = Section::new(
        "1. Cold start",
        "Init time as the local executor records it (from spawning `bootstrap` to its first \
         call to the Runtime API's `next`), median of 7 cold starts per function, against the \
         hello-world `lambda_runtime` function (`runtime/hello`) packaged the same way. Each \
         function is deployed with the environment it has in production (the master's read \
         their Slack webhook from SSM at init); a configuration change before each invocation \
         forces a new instance. Sizes are of the stripped `bootstrap` and of the deployed zip.",
    );
    let rounds = cold_rounds(world, functions).await;
    init_rows(&mut section, functions, &rounds.inits);
    for (i, f) in functions.iter().enumerate() {
        if let Some((cpu, wait, faults)) = profile_median(&rounds.profiles[i]) {
            section.info(
                format!("{}: process after init + first invocation (median)", f.name),
                format!("CPU {cpu:.1} ms, run-queue wait {wait:.1} ms, {faults:.0} minor page faults"),
            );
        }
    }
    if !rounds.failures.is_empty() {
        section.note(format!(
            "Invocations without a cold-start record (left out): {}",
            rounds.failures.join("; ")
        ));
    }
    if section.missed().next().is_some() {
        section.note(cold_limits_note(functions, &rounds.profiles));
    }
    section
}

/// `COLD_STARTS` rounds in which every function in turn gets a new configuration (so a new
/// instance) and one invocation, so that a busy moment of the machine hits them all alike.
async fn cold_rounds(world: &World, functions: &[Function]) -> ColdRounds {
    let mut inits: Vec<Vec<f64>> = vec![Vec::new(); functions.len()];
    let mut profiles: Vec<Vec<(f64, f64, u64)>> = vec![Vec::new(); functions.len()];
    let mut failures: Vec<String> = Vec::new();
    for round in 0..COLD_STARTS {
        for (i, f) in functions.iter().enumerate() {
            configure(&world.aws, f.account, f.name, &f.env, round + 1).await;
            invoke(&world.aws, f.account, f.name, &f.payload).await;
            if let Some(p) = process_profile(&world.aws.functions_dir(), f.name) {
                profiles[i].push(p);
            }
            match last_record(&world.aws, f.name) {
                Some(r) if r.cold_start && r.init_ms.is_some() => {
                    inits[i].push(r.init_ms.unwrap_or_default())
                }
                Some(r) => failures.push(format!("{}: {} {:?}", f.name, r.status, r.error_type)),
                None => failures.push(format!("{}: no record", f.name)),
            }
        }
    }
    ColdRounds {
        inits,
        profiles,
        failures,
    }
}

/// hello's init and sizes, then each function's init against hello's (the goal) and its sizes.
fn init_rows(section: &mut Section, functions: &[Function], inits: &[Vec<f64>]) {
    let hello = median(&mut inits[0].clone());
    let hello_size = size(&binary("hello"));
    section.info(
        format!("hello: init ms (median of {})", inits[0].len()),
        format!("{hello:.1} ms"),
    );
    section.info(
        "hello: bootstrap / zip",
        format!("{} / {}", mib(hello_size), mib(size(&functions[0].zip))),
    );
    for (i, f) in functions.iter().enumerate().skip(1) {
        let mut values = inits[i].clone();
        let m = median(&mut values);
        let ratio = m / hello;
        let spread = values
            .first()
            .zip(values.last())
            .map_or(String::new(), |(a, b)| format!(", range {a:.1}-{b:.1}"));
        section.row(
            format!("{}: init vs hello", f.name),
            format!("{m:.1} ms{spread} = {ratio:.2}x"),
            format!("<= {COLD_GOAL}x"),
            Verdict::of(ratio <= COLD_GOAL),
        );
        let bin = size(&binary(f.binary));
        section.info(
            format!("{}: bootstrap / zip", f.name),
            format!(
                "{} ({:.1}x hello) / {}",
                mib(bin),
                bin as f64 / hello_size.max(1) as f64,
                mib(size(&f.zip))
            ),
        );
    }
}

/// Median CPU ms, run-queue wait ms and minor faults of one function's instances; none when
/// no instance could be read.
fn profile_median(p: &[(f64, f64, u64)]) -> Option<(f64, f64, f64)> {
    if p.is_empty() {
        return None;
    }
    let mut cpu: Vec<f64> = p.iter().map(|x| x.0).collect();
    let mut wait: Vec<f64> = p.iter().map(|x| x.1).collect();
    let mut faults: Vec<f64> = p.iter().map(|x| x.2 as f64).collect();
    Some((median(&mut cpu), median(&mut wait), median(&mut faults)))
}

/// What limits a missed cold start, from the process profiles and the binaries' sizes.
fn cold_limits_note(functions: &[Function], profiles: &[Vec<(f64, f64, u64)>]) -> String {
    let hello_cpu = profile_median(&profiles[0]).map_or(f64::NAN, |p| p.0);
    let worst_cpu = (1..functions.len())
        .filter_map(|i| profile_median(&profiles[i]).map(|p| (functions[i].name, p.0)))
        .fold(("", 0.0), |a, b| if b.1 > a.1 { b } else { a });
    format!(
        "What limits the missed cold starts, from the process rows above (read from \
         `/proc/<pid>/task/*/schedstat` and `/proc/<pid>/stat` of each live instance right \
         after its cold invocation): the awsmon functions spend more CPU than hello in their \
         init and first invocation ({} {:.1} ms against hello's {hello_cpu:.1} ms) and touch \
         more pages (minor faults), in line with bootstraps {:.1}-{:.1}x hello's size. Their \
         init builds the AWS SDK configuration and clients (code read in their `main`); the \
         master's also read the Slack webhook from SSM over HTTP. Run-queue wait is time the \
         shared 2-core machine made them wait, a noise floor for every row.",
        worst_cpu.0,
        worst_cpu.1,
        functions
            .iter()
            .skip(1)
            .map(|f| size(&binary(f.binary)) as f64 / size(&binary("hello")).max(1) as f64)
            .fold(f64::INFINITY, f64::min),
        functions
            .iter()
            .skip(1)
            .map(|f| size(&binary(f.binary)) as f64 / size(&binary("hello")).max(1) as f64)
            .fold(0.0, f64::max),
    )
}

async fn peak_memory(world: &World, functions: &[Function]) -> Section {
    let mut section = Section::new(
        "3. Memory",
        "Peak RSS (VmHWM) of the deployed bootstrap process as the local executor records it \
         after the invocation, on a fresh instance: the master's `handle-monitoring-events` \
         given one SQS event of 100 agent error-log events (100 fingerprints, built by the \
         agent's `ErrorBatch`), and the agent's `query-error-logs` scanning a log group holding \
         10,000 matching lines in its window (local Logs Insights evaluates the query). Default \
         configuration otherwise.",
    );
    master_memory(&mut section, world, functions).await;
    agent_memory(&mut section, world, functions).await;
    // The floor: hello's peak RSS on a cold start.
    let hello = functions.iter().find(|f| f.name == "hello").expect("hello");
    configure(&world.aws, hello.account, hello.name, &hello.env, 1_000).await;
    invoke(&world.aws, hello.account, hello.name, &hello.payload).await;
    if let Some(kb) = last_record(&world.aws, "hello").and_then(|r| r.max_memory_kb) {
        section.info(
            "hello, one invocation (floor)",
            format!("{:.1} MB", kb as f64 / 1024.0),
        );
    }
    if section.missed().next().is_some() {
        section.note(
            "A peak over the goal: the rows above give the work done in that invocation \
             (events or rows, duration); hello's peak is the floor of any Rust Lambda here.",
        );
    }
    section
}

/// The master's peak on a fresh instance given one SQS event of `BATCH_EVENTS` events.
async fn master_memory(section: &mut Section, world: &World, functions: &[Function]) {
    let master = functions
        .iter()
        .find(|f| f.name == "handle-monitoring-events")
        .expect("master function");
    let at = events::now();
    let window = TimeWindow {
        start: at.plus_millis(-300_000),
        end: at,
    };
    let bodies: Vec<String> =
        events::error_log_events("/aws/lambda/orders", window, BATCH_EVENTS, BATCH_EVENTS * 10)
            .into_iter()
            .map(|e| events::envelope(&AgentEvent::ErrorLog(e), at))
            .collect();
    configure(&world.aws, master.account, master.name, &master.env, 1_000).await;
    let response = invoke(
        &world.aws,
        master.account,
        master.name,
        &events::sqs_batch(&bodies),
    )
    .await;
    let record = last_record(&world.aws, master.name);
    memory_row(
        section,
        "master, SQS event of 100 events",
        record.as_ref(),
        bodies.len(),
    );
    if !response.contains("batchItemFailures") {
        section.note(format!("The master's answer to the batch: {response}"));
    }
}

/// The agent's peak on a fresh instance whose first run finds `INSIGHTS_ROWS` matching lines
/// in its window, with what that run reported in its heartbeat.
async fn agent_memory(section: &mut Section, world: &World, functions: &[Function]) {
    let group = "/bench/ten-thousand";
    let now = events::now().millis();
    let lines: Vec<(i64, String)> = (0..INSIGHTS_ROWS)
        .map(|n| {
            (
                now - 250_000 + (n as i64 * 200_000) / INSIGHTS_ROWS as i64,
                events::error_line(n % 100, n),
            )
        })
        .collect();
    world::write_lines(&world.aws, group, &lines).await;
    let agent = functions
        .iter()
        .find(|f| f.name == "query-error-logs")
        .expect("agent");
    let env = world.agent_env(group);
    configure(&world.aws, agent.account, agent.name, &env, 1_000).await;
    let response = invoke(&world.aws, agent.account, agent.name, &scheduled()).await;
    let record = last_record(&world.aws, agent.name);
    memory_row(
        section,
        "agent, 10,000-row Logs Insights result",
        record.as_ref(),
        INSIGHTS_ROWS,
    );
    match heartbeat(world, &response).await {
        Some(h) => section.info(
            "agent run: log groups / lines matched / queries / events published",
            format!(
                "{} / {} / {} / {}{}",
                h["log_groups_watched"].as_u64().unwrap_or_default(),
                count(h["lines_matched"].as_u64().unwrap_or_default()),
                h["queries"].as_u64().unwrap_or_default(),
                h["events_published"].as_u64().unwrap_or_default(),
                h["errors"]
                    .as_array()
                    .filter(|e| !e.is_empty())
                    .map_or(String::new(), |e| format!(", errors: {e:?}"))
            ),
        ),
        None => section.note(format!(
            "The agent's heartbeat was not found; its answer: {response}"
        )),
    }
}

fn memory_row(section: &mut Section, what: &str, record: Option<&Invocation>, _units: usize) {
    match record {
        Some(r) => {
            let mb = r.max_memory_kb.unwrap_or_default() as f64 / 1024.0;
            section.row(
                format!("{what}: peak RSS"),
                format!(
                    "{mb:.1} MB ({} in {:.0} ms)",
                    r.status,
                    r.duration_ms.unwrap_or_default()
                ),
                format!("<= {MEMORY_GOAL_MB:.0} MB"),
                Verdict::of(r.max_memory_kb.is_some() && mb <= MEMORY_GOAL_MB && r.status == "success"),
            );
        }
        None => section.note(format!("{what}: no invocation record")),
    }
}

/// The heartbeat of the agent run that answered `response`, from the master bus's queue.
async fn heartbeat(world: &World, response: &str) -> Option<Value> {
    let answer: Value = serde_json::from_str(response).ok()?;
    let id = answer["heartbeat"].as_str()?.to_owned();
    for _ in 0..50 {
        let received = world
            .sqs
            .receive_message()
            .queue_url(&world.bus_queue_url)
            .max_number_of_messages(10)
            .send()
            .await
            .ok()?;
        for message in received.messages() {
            let body: Value = serde_json::from_str(message.body().unwrap_or_default()).unwrap_or(Value::Null);
            if body["detail"]["id"].as_str() == Some(id.as_str()) {
                return Some(body["detail"].clone());
            }
            if let Some(handle) = message.receipt_handle() {
                let _ = world
                    .sqs
                    .delete_message()
                    .queue_url(&world.bus_queue_url)
                    .receipt_handle(handle)
                    .send()
                    .await;
            }
        }
        if received.messages().is_empty() {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    None
}
