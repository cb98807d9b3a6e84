//! `terraform plan` with no changes for 1, 10 and 50 `awsmon_agent` resources on local AWS, and
//! the provider's start-up time and size next to hashicorp/aws's.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use awsmon_tests::toolchain::workspace_root;
use awsmon_tests::{LocalAws, Terraform};

use crate::report::{Section, Verdict, median, mib};

const SIZES: [usize; 3] = [1, 10, 50];
const PLANS: usize = 3;
const STARTS: usize = 5;
/// Go-plugin's handshake cookie for Terraform providers (public, in Terraform's source).
const MAGIC_COOKIE: &str = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

const EXTRA_AGENTS: &str = r#"
variable "extra_agents" {
  type        = number
  description = "Agents besides awsmon_agent.this (benchmark)."
  default     = 0
}

resource "awsmon_agent" "extra" {
  count              = var.extra_agents
  name               = "awsmon-agent-${count.index}"
  master_bus_arn     = aws_cloudwatch_event_bus.master.arn
  role_arn           = aws_iam_role.agent.arn
  log_group_prefixes = ["/aws/lambda/"]
  depends_on         = [aws_cloudwatch_event_permission.agent, aws_cloudwatch_event_target.announcements]
}
"#;

fn awsmon_provider() -> PathBuf {
    workspace_root().join("target/debug/terraform-provider-awsmon")
}

fn aws_provider() -> Option<PathBuf> {
    let cache = workspace_root().join(".tools/terraform-plugin-cache/registry.terraform.io/hashicorp/aws");
    let version = std::fs::read_dir(&cache)
        .ok()?
        .filter_map(Result::ok)
        .next()?
        .path();
    let platform = std::fs::read_dir(&version)
        .ok()?
        .filter_map(Result::ok)
        .next()?
        .path();
    std::fs::read_dir(&platform)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("terraform-provider-aws"))
        })
}

/// A client certificate as Terraform hands providers one (AutoMTLS), from the openssl CLI.
fn client_cert(dir: &Path) -> Option<String> {
    let status = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ])
        .args(["-subj", "/CN=localhost", "-days", "1", "-keyout"])
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    if !status.success() {
        return None;
    }
    std::fs::read_to_string(dir.join("cert.pem")).ok()
}

/// Milliseconds from spawning a provider to its go-plugin handshake line on stdout.
fn start_up_ms(binary: &Path, cert: Option<&str>) -> Result<f64, String> {
    let mut command = Command::new(binary);
    command
        .env("TF_PLUGIN_MAGIC_COOKIE", MAGIC_COOKIE)
        .env("PLUGIN_PROTOCOL_VERSIONS", "5,6")
        .env("PLUGIN_MIN_PORT", "10000")
        .env("PLUGIN_MAX_PORT", "25000")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(cert) = cert {
        command.env("PLUGIN_CLIENT_CERT", cert);
    }
    let started = Instant::now();
    let mut child = command.spawn().map_err(|e| e.to_string())?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send((started.elapsed(), line));
    });
    let answer = rx.recv_timeout(Duration::from_secs(30));
    let _ = child.kill();
    let _ = child.wait();
    match answer {
        Ok((elapsed, line)) if line.contains('|') => Ok(elapsed.as_secs_f64() * 1000.0),
        Ok((_, line)) => Err(format!("no handshake: {line:?}")),
        Err(_) => Err("no handshake within 30 s".to_owned()),
    }
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

pub fn run() -> Section {
    let mut section = Section::new(
        "8. Terraform",
        "`terraform plan -detailed-exitcode` (pinned Terraform 1.0.3, hashicorp/aws 3.39.0 from \
         the mirror, the workspace's provider through `dev_overrides`, i.e. its debug build) on \
         the `tests/fixtures/terraform/agent` fixture with 0, 9 and 49 more `awsmon_agent` \
         resources, applied first on local AWS; each plan must report no changes; median of 3. \
         Provider start-up: from spawning the binary with Terraform's plugin environment to its \
         go-plugin handshake line, median of 5.",
    );
    let aws = LocalAws::start();
    // Holds the fixture's folder and state until the section is done.
    let _terraform = plans(&mut section, &aws);
    drop(aws);
    start_up(&mut section);
    section.note(
        "Terraform runs the provider `dev_overrides` names (`target/debug`), so the plans and the \
         start-up above are of the debug build, the one `make test` builds (a release build of \
         the provider is not measured). hashicorp/aws is its released Go binary. No goal is set \
         for these figures.",
    );
    section
}

/// Apply then plan each of `SIZES` agents on `aws`: a row per size and the growth between the
/// smallest and the largest.
fn plans(section: &mut Section, aws: &LocalAws) -> Terraform {
    let mut terraform = Terraform::new("agent").var("endpoint", &aws.endpoint);
    std::fs::write(terraform.dir().join("bench_agents.tf"), EXTRA_AGENTS).expect("extra agents file");
    terraform.init();
    let mut timings: Vec<(usize, f64)> = Vec::new();
    for agents in SIZES {
        terraform = terraform.var("extra_agents", &(agents - 1).to_string());
        let clock = Instant::now();
        let output = terraform.run(&["apply", "-auto-approve", "-no-color"]);
        let apply_s = clock.elapsed().as_secs_f64();
        if !output.status.success() {
            section.note(format!(
                "apply of {agents} agents failed: {}",
                String::from_utf8_lossy(&output.stderr)
                    .lines()
                    .take(5)
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
            break;
        }
        let mut plans = Vec::new();
        let mut changes = false;
        for _ in 0..PLANS {
            let clock = Instant::now();
            let (code, _) = terraform.plan_exit_code();
            plans.push(clock.elapsed().as_secs_f64());
            changes |= code != 0;
        }
        let m = median(&mut plans);
        timings.push((agents, m));
        section.row(
            format!("plan, {agents} agent(s)"),
            format!("{m:.2} s (apply took {apply_s:.1} s)"),
            "no changes",
            Verdict::of(!changes),
        );
    }
    if let (Some((n0, t0)), Some((n1, t1))) = (timings.first(), timings.last())
        && n1 > n0
    {
        section.info(
            format!("growth {n0} -> {n1} agents"),
            format!(
                "{:.2}x time for {}x resources ({:.0} ms per extra agent)",
                t1 / t0,
                n1 / n0,
                (t1 - t0) * 1000.0 / (n1 - n0) as f64
            ),
        );
    }
    terraform
}

/// Provider start-up and size, ours against hashicorp/aws's.
fn start_up(section: &mut Section) {
    let temp = tempfile::tempdir().expect("temp dir");
    let cert = client_cert(temp.path());
    if cert.is_none() {
        section.note("openssl was not available: providers started without a client certificate.");
    }
    let ours = awsmon_provider();
    let theirs = aws_provider();
    let mut measure = |name: &str, path: &Path| -> Option<f64> {
        let mut values = Vec::new();
        for _ in 0..STARTS {
            match start_up_ms(path, cert.as_deref()) {
                Ok(ms) => values.push(ms),
                Err(e) => {
                    section.note(format!("{name} start-up: {e}"));
                    return None;
                }
            }
        }
        Some(median(&mut values))
    };
    let our_ms = measure("terraform-provider-awsmon", &ours);
    let their_ms = theirs.as_ref().and_then(|p| measure("hashicorp/aws", p));
    section.info(
        "start-up, awsmon (debug build) vs hashicorp/aws 3.39.0",
        format!(
            "{} vs {}",
            our_ms.map_or("n/a".to_owned(), |m| format!("{m:.1} ms")),
            their_ms.map_or("n/a".to_owned(), |m| format!("{m:.1} ms"))
        ),
    );
    section.info(
        "binary size, awsmon (debug build) vs hashicorp/aws 3.39.0",
        format!(
            "{} vs {}",
            mib(size(&ours)),
            theirs.as_ref().map_or("n/a".to_owned(), |p| mib(size(p)))
        ),
    );
}
