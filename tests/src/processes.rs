//! Child processes that never outlive their test: each runs in its own process group, and the
//! whole group (with whatever it spawned: providers, function bootstraps) is killed on drop.

use std::io;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// A child process leading its own process group.
#[derive(Debug)]
pub struct GroupChild {
    child: Child,
}

impl GroupChild {
    pub fn spawn(mut command: Command) -> io::Result<Self> {
        command.process_group(0);
        Ok(Self {
            child: command.spawn()?,
        })
    }

    pub fn child_mut(&mut self) -> &mut Child {
        &mut self.child
    }

    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Signal the whole group (`kill -SIG -- -pgid`), without `unsafe`.
    pub fn signal_group(&self, signal: &str) {
        let _ = Command::new("kill")
            .args([format!("-{signal}"), "--".into(), format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
    }

    /// SIGTERM the group, wait up to `grace` for the leader, then SIGKILL what is left.
    pub fn stop(&mut self, grace: Duration) -> Option<ExitStatus> {
        if let Ok(Some(status)) = self.child.try_wait() {
            self.signal_group("KILL");
            return Some(status);
        }
        self.signal_group("TERM");
        let deadline = Instant::now() + grace;
        let mut status = None;
        while Instant::now() < deadline {
            if let Ok(Some(exit)) = self.child.try_wait() {
                status = Some(exit);
                break;
            }
            thread::sleep(Duration::from_millis(20));
        }
        self.signal_group("KILL");
        if status.is_none() {
            status = self.child.wait().ok();
        }
        status
    }
}

impl Drop for GroupChild {
    fn drop(&mut self) {
        self.stop(Duration::from_secs(5));
    }
}

/// Run a command to completion in its own process group, with a time limit; whatever it leaves
/// running in its group is killed (a crashed Terraform leaves its provider holding the pipes).
pub fn run_with_timeout(mut command: Command, limit: Duration) -> io::Result<Output> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut group = GroupChild::spawn(command)?;
    let stdout = group.child_mut().stdout.take().expect("piped");
    let stderr = group.child_mut().stderr.take().expect("piped");
    let read = |mut stream: Box<dyn io::Read + Send>| {
        thread::spawn(move || {
            let mut buffer = Vec::new();
            let _ = stream.read_to_end(&mut buffer);
            buffer
        })
    };
    let stdout = read(Box::new(stdout));
    let stderr = read(Box::new(stderr));
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = group.child_mut().try_wait()? {
            break status;
        }
        if Instant::now() > deadline {
            group.stop(Duration::from_secs(2));
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!("timed out after {limit:?}"),
            ));
        }
        thread::sleep(Duration::from_millis(20));
    };
    group.signal_group("KILL");
    Ok(Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}
