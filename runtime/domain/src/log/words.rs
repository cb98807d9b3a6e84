//! The last resort for events without any level: does the text *say* something failed?
//!
//! Whole words only (`failover` is not `fail`, `error_count` is not `error`), and a word that
//! is counted as none (`0 errors`, `no errors`, `errors=0`, `"error": null`, `errors: []`,
//! `Failed logins: 0`) does not count.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Words before an error word that deny it.
/// (`non` as a prefix: IPMI's `Upper Non-critical - going high`, a `non-fatal` failure.)
const NEGATIONS: [&str; 7] = ["no", "0", "zero", "without", "never", "none", "non"];
/// Only this much of a line is read.
const MAX_CHARS: usize = 2_000;

/// Does `line`, which has no level, say that something failed?
pub fn says_error(line: &str) -> bool {
    let line = &line[..super::level::floor_char_boundary(line, MAX_CHARS)];
    // (A client refused is looked for only in lines that say a failure: most lines do not.)
    names_a_failure(line) && !refused_a_client(line)
}

/// [`says_error`] before a refused client is told apart.
fn names_a_failure(line: &str) -> bool {
    if (defers_to_a_retry(line) && !exhausts_a_resource(line)) || allowed_by_permissive_selinux(line) {
        return false;
    }
    if shell_job_died_of_a_signal(line) {
        return true;
    }
    // `Start request repeated too quickly.`: systemd gave up restarting a unit (its start
    // limit), with no error word.
    if line.contains("could not")
        || line.contains("Could not")
        || line.contains("timed out")
        || line.contains("Timed out")
        // A process or an allocation out of memory (`Out of memory in perl:util:safesysrealloc`,
        // `fatal error: out of memory`), said without an error word.
        || line.contains("out of memory")
        || line.contains("Out of memory")
        || line.contains("repeated too quickly")
        || states_a_failure(line)
        || died_of_a_signal(line)
        || names_an_oracle_error(line)
    {
        return true;
    }
    let mut previous = "";
    let mut before_previous = "";
    for word in line.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\'')) {
        if word.is_empty() {
            continue;
        }
        // A quoted value of a field (`status: 'timeout'`) is the word; elsewhere a quoted word
        // is a literal (`WHERE status = 'failed'`), and the quote is kept inside one (`can't`).
        let word = match word.strip_prefix('\'') {
            Some(inner)
                if line[..word.as_ptr() as usize - line.as_ptr() as usize]
                    .trim_end()
                    .ends_with(':') =>
            {
                inner.trim_end_matches('\'')
            }
            _ => word,
        };
        // Where the word ends in `line`, from its address: a separator may be several bytes
        // (`€`), so counting one byte a separator would cut a character and panic.
        let end = word.as_ptr() as usize - line.as_ptr() as usize + word.len();
        // Every error word is at least four bytes (`fail`): most words end here.
        // A handler for a signal is no crash (`installed handler for SIGSEGV`).
        let crashed =
            is_fatal_signal(word) && !["for", "on"].iter().any(|p| previous.eq_ignore_ascii_case(p));
        let named = word.len() >= 4
            && (is_error_word(word)
                || is_camel_error(word)
                || is_failed_status(word)
                || crashed
                || word.eq_ignore_ascii_case("can't")
                || word.eq_ignore_ascii_case("couldn't"));
        // An idle timeout closes a connection nobody used: the close is the design, not a failure.
        // A timeout set (`Set report auto-discover timeout to 5 seconds`, `Setting HTTP client
        // timeout to higher timeout`) is a setting.
        let timeout_by_design = word.eq_ignore_ascii_case("timeout")
            && (previous.eq_ignore_ascii_case("idle")
                || COMPARATIVES.iter().any(|c| previous.eq_ignore_ascii_case(c))
                || line[end..].strip_prefix(" to ").is_some_and(|to| {
                    to.starts_with(|c: char| c.is_ascii_digit())
                        || COMPARATIVES.iter().any(|c| to.starts_with(c))
                }));
        if named
            && !timeout_by_design
            && !denies(line, previous)
            && !denied_with_an_article(before_previous, previous)
            && !names_a_log(&line[end..])
            && !counted_as_none(&line[end..], line[..end - word.len()].ends_with(':'))
            && !counted_as_zero_after_a_space(word, &line[end..])
            && !corrected(&line[..end - word.len()], &line[end..])
            && !in_path_or_option(line, end - word.len(), end)
            && !hypothetical(&line[..end - word.len()])
        {
            return true;
        }
        if matches!(word, "exit" | "exited") && says_nonzero_exit(&line[end..]) {
            return true;
        }
        before_previous = previous;
        previous = word;
    }
    false
}

/// Does `line` name an Oracle error by its code (`ORA-01555 caused by SQL statement below`, in
/// the alert log that has no level)? Every `ORA-` code but `ORA-00000` (normal, successful
/// completion) is an error's.
fn names_an_oracle_error(line: &str) -> bool {
    memchr::memmem::find_iter(line.as_bytes(), "ORA-").any(|at| {
        let code = &line.as_bytes()[at + "ORA-".len()..];
        (at == 0 || !line.as_bytes()[at - 1].is_ascii_alphanumeric())
            && code.len() >= 5
            && code[..5].iter().all(u8::is_ascii_digit)
            && code.get(5).is_none_or(|b| !b.is_ascii_digit())
            && &code[..5] != b"00000"
    })
}

/// Do the two words before an error word deny it with an article (`unsubscribed, skipping (not
/// an error)`, `not a failure`)?
fn denied_with_an_article(before_previous: &str, previous: &str) -> bool {
    (previous.eq_ignore_ascii_case("a") || previous.eq_ignore_ascii_case("an"))
        && (before_previous.eq_ignore_ascii_case("not") || before_previous.eq_ignore_ascii_case("isn't"))
}

/// Failures said without an error word: the C library's texts of the `errno` values that
/// report a failed call (`strerror`), the Linux kernel's reports of a bug, a hung task or a
/// stalled CPU, a server not responding, a core dumped, and the audit system's reports of a crash
/// or a denial. Matched in any ASCII case.
pub const FAILURE_PHRASES: [&str; 34] = [
    "no such file or directory",
    // On a device or anywhere (auditd's `no space left on logging partition`).
    "no space left",
    "too many open files",
    "connection reset by peer",
    "broken pipe",
    "operation not permitted",
    "no route to host",
    "read-only file system",
    "stale file handle",
    "bad file descriptor",
    "disk quota exceeded",
    "soft lockup",
    "hard lockup",
    "blocked for more than",
    "detected stall",
    // A server that stopped answering (`nfs: server fs-1 not responding, still trying`), a
    // process that left a core (systemd-coredump's `dumped core`).
    "not responding",
    "dumped core",
    "general protection fault",
    "call trace:",
    // The audit system's record of a process that ended abnormally (`type=ANOM_ABEND ... sig=6`)
    // and setroubleshoot's alert of an SELinux denial.
    "anom_abend",
    "selinux is preventing",
    // The kernel's module loader refusing a module (`nvidia_peermem: Unknown symbol x (err -2)`).
    "unknown symbol",
    // What had to agree does not (`driver version 550.90 don't match with 550.127`, `Host key
    // does not match`).
    "does not match",
    "do not match",
    "doesn't match",
    "don't match",
    // The kernel's summary of an OOM kill, beside its `Out of memory: Killed process`
    // (`oom-kill:constraint=CONSTRAINT_NONE,...,task=java,pid=13261`).
    "oom-kill:",
    // The dynamic loader refusing to start a program built for a newer C library
    // (`/var/task/bootstrap: /lib64/libc.so.6: version `GLIBC_2.39' not found (required by ...)`).
    "' not found (required by",
    // A kernel dropping traffic it cannot track (`nf_conntrack: table full, dropping packet`).
    "dropping packet",
    // Kerberos refusing a ticket from a host whose clock drifted (KRB5KRB_AP_ERR_SKEW, as krb5,
    // SSSD, Samba and Active Directory write it).
    "clock skew too great",
    // A PCIe device lost to the host (NVIDIA's Xid 79 `GPU has fallen off the bus`, an NVMe
    // controller's), and a disk the SCSI layer took offline.
    "fallen off the bus",
    "rejecting i/o to offline device",
    // The kernel turning a file system read-only after an error (ext4's `errors=remount-ro`:
    // `EXT4-fs (mmcblk0p3): Remounting filesystem read-only`); a DHCP server whose pool ran out
    // (ISC dhcpd's `DHCPDISCOVER from … via vlan200: network 172.20.0.0/22: no free leases`).
    "remounting filesystem read-only",
    "no free leases",
];

/// The kernel's headings of a bug report, in its capitals and as whole words (`debug: ` is not).
pub const KERNEL_BUG_HEADINGS: [&str; 2] = ["BUG: ", "Oops: "];

/// Does `line` hold one of [`FAILURE_PHRASES`] or [`KERNEL_BUG_HEADINGS`]?
fn states_a_failure(line: &str) -> bool {
    let bug_report = KERNEL_BUG_HEADINGS.iter().any(|heading| {
        line.match_indices(heading)
            .any(|(at, _)| !line[..at].chars().next_back().is_some_and(char::is_alphanumeric))
    });
    if bug_report {
        return true;
    }
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(FAILURE_PHRASES)
            .unwrap_or_else(|e| panic!("failure phrases: {e}"))
    });
    FINDER.is_match(line)
}

/// Does `line` report a client refused as the service means to refuse it: a login with a wrong
/// password or an unknown user (sshd's `Failed password for invalid user git from …`, PAM's
/// `authentication failure;`, Samba's `NT_STATUS_NO_SUCH_USER`), a query its ACL denies (BIND's
/// `denied (allow-query-cache did not match)`), a client that failed its TLS handshake or its
/// HTTP/2 preface (Go's `http: TLS handshake error from 192.0.2.7:41872: EOF`: scanners, old
/// clients, probes)? A server on the internet logs these all day; the failure is the client's,
/// not the system's. (Not a client refusing the server's certificate, `remote error: tls: bad
/// certificate`: that is the server's.)
fn refused_a_client(line: &str) -> bool {
    static REFUSALS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new([
            "Failed password for ",
            "Failed publickey for ",
            "Failed keyboard-interactive",
            "Failed none for ",
            "): authentication failure;",
            // pam_sss' result for a user (`received for user asmith: 7 (Authentication
            // failure)`): PAM's codes of a wrong password and of an unknown user; its `4 (System
            // error)` is the system's.
            ": 7 (Authentication failure)",
            ": 10 (User not known to the underlying authentication module)",
            "NT_STATUS_NO_SUCH_USER",
            "NT_STATUS_WRONG_PASSWORD",
            "NT_STATUS_LOGON_FAILURE",
            " denied (allow-query",
            " denied (allow-recursion",
            "TLS handshake error from ",
            "error reading preface from client ",
            // SQL Server's failed login (18456) for a wrong password or an unknown login.
            "Reason: Password did not match",
            "Reason: Could not find a login matching",
            // FreeRADIUS' PAP module refusing a wrong password (`Login incorrect (pap: Cleartext
            // password does not match "known good" password)`, and its digests' `Crypt digest …`).
            " does not match \"known good\"",
            // API Gateway's request validator refusing a client's request (a 400).
            "Request body does not match model schema",
            "Request validation failed for request",
        ])
        .unwrap_or_else(|e| panic!("refusals: {e}"))
    });
    (REFUSALS.is_match(line) && !line.contains("remote error: tls:")) || drops_a_client(line)
}

/// Does the sentence before an error word say that it could happen, not that it did (`Running
/// this sequence through the model will result in indexing errors`, `may cause timeouts`)?
fn hypothetical(before: &str) -> bool {
    const MODALS: [&str; 12] = [
        "will result in ",
        "may result in ",
        "might result in ",
        "could result in ",
        "may cause ",
        "might cause ",
        "could cause ",
        "can cause ",
        "may lead to ",
        "might lead to ",
        "could lead to ",
        "can lead to ",
    ];
    let sentence = before.rsplit(['.', ';', '\n']).next().unwrap_or(before);
    let sentence =
        &sentence[super::level::floor_char_boundary(sentence, sentence.len().saturating_sub(120))..];
    MODALS.iter().any(|modal| {
        sentence
            .as_bytes()
            .windows(modal.len())
            .any(|w| w.eq_ignore_ascii_case(modal.as_bytes()))
    })
}

/// Words that make a timeout a value being set (`timeout to higher`, `longer timeout`).
const COMPARATIVES: [&str; 4] = ["higher", "lower", "longer", "shorter"];

/// A status or code in capitals whose last part says it failed (CloudFormation's
/// `UPDATE_FAILED`, CodeBuild's `YAML_FILE_ERROR`, Junos' `CHASSISD_FAN_FAILED`): the word
/// itself, as a whole word is. Not a refused login's (`SNMPD_AUTH_FAILURE`,
/// `AUTHORIZER_FAILURE`): a client refused, as [`refused_a_client`] reads one.
fn is_failed_status(word: &str) -> bool {
    // (The last letter first: this runs on every word of a line without a level.)
    if !matches!(word.as_bytes().last(), Some(b'D' | b'R' | b'E')) {
        return false;
    }
    let Some((head, last)) = word.rsplit_once('_') else {
        return false;
    };
    let what = head.rsplit('_').next().unwrap_or(head);
    matches!(last, "FAILED" | "ERROR" | "FAILURE")
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && !what.starts_with("AUTH")
        && what != "LOGIN"
}

/// Does `line` report a server dropping one client for the client's failure: a broker's
/// `Socket error on client sensor-17, disconnecting.`, `Client sensor-17 has exceeded timeout,
/// disconnecting.` (Mosquitto)? Devices on cellular and Wi-Fi links drop all day; the server
/// goes on serving the others.
fn drops_a_client(line: &str) -> bool {
    line.trim_end().ends_with(", disconnecting.")
        && line
            .as_bytes()
            .windows(6)
            .any(|w| w.eq_ignore_ascii_case(b"client"))
}

/// Is `line` an SELinux denial that was allowed (`avc:  denied  { read } for ... permissive=1`)?
/// A domain or a host in permissive mode logs what it would deny and denies nothing.
fn allowed_by_permissive_selinux(line: &str) -> bool {
    line.contains("avc:") && line.contains("permissive=1")
}

/// Does `previous`, the word of `line` before an error word, deny it (`no errors`, `0 failed`)?
/// Not a value of the field before (`unreachable=0 failed=1`, as Ansible's recap counts).
fn denies(line: &str, previous: &str) -> bool {
    if !NEGATIONS.iter().any(|n| previous.eq_ignore_ascii_case(n)) {
        return false;
    }
    // `previous` is a word of `line` (a negation is never the empty first `previous`).
    let start = previous.as_ptr() as usize - line.as_ptr() as usize;
    !line[..start].ends_with(['=', ':'])
}

/// Does `line` say that its failure is being retried ([`announces_a_retry`],
/// [`promises_a_retry`]), or was retried and then succeeded ([`recovered_by_a_retry`])?
pub fn defers_to_a_retry(line: &str) -> bool {
    announces_a_retry(line) || promises_a_retry(line) || recovered_by_a_retry(line)
}

/// Does `line` report a resource run out or a file system that takes no writes, as the system's
/// own error says it (`EMFILE`, `ENOSPC`, `ENOMEM`, `EDQUOT`, `EROFS`)? A retry does not bring it
/// back (Go's `http: Accept error: … too many open files; retrying in 40ms`), and whoever logs it
/// lost the write or the fork it names.
pub fn exhausts_a_resource(line: &str) -> bool {
    // (One automaton pass: every warning is asked, over up to a kilobyte.)
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "too many open files",
                "no space left on device",
                "cannot allocate memory",
                "disk quota exceeded",
                "read-only file system",
            ])
            .unwrap_or_else(|e| panic!("resources run out: {e}"))
    });
    FINDER.is_match(line)
}

/// Does `line` say that a retry succeeded after its failure (`fetch … failed with ECONNRESET,
/// retry 1 succeeded in 312 ms`, `(1 retry after ProvisionedThroughputExceededException,
/// succeeded)`)? The failure was handled; one whose retries failed says so.
fn recovered_by_a_retry(line: &str) -> bool {
    let lower_find = |haystack: &str, needle: &str| {
        haystack
            .as_bytes()
            .windows(needle.len())
            .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    let Some(retry) = lower_find(line, "retr") else {
        return false;
    };
    // (In the same sentence, a few words on.)
    let after = &line[retry..];
    let clause = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
    let clause = &clause[..super::level::floor_char_boundary(clause, 80)];
    lower_find(clause, "succeeded").is_some() && lower_find(clause, "not succeed").is_none()
}

/// Does `line` start (after its bracketed tags, `[worker] [job 7]`) by announcing a retry
/// (`Retrying SyncJob in 30s due to a TimeoutError`)? It reports a failure that is being
/// handled, as the same notice at WARN does: the failure is an error when retries run out,
/// which its own line says.
fn announces_a_retry(line: &str) -> bool {
    let mut rest = line.trim_start();
    while let Some(tagged) = rest.strip_prefix('[')
        && let Some(close) = tagged.find(']')
    {
        rest = tagged[close + 1..].trim_start();
    }
    rest.get(..9)
        .is_some_and(|word| word.eq_ignore_ascii_case("retrying "))
}

/// Does `line` say that its failure will be retried, or worked around (`Unable to use the drive
/// ...: drive not found, will be retried`, `connect failed, retrying in 5s`, `no cached token,
/// falling back to the instance role`)? A failure being handled, as [`announces_a_retry`]; one
/// whose retries ran out says so (`not retrying`, `giving up`).
fn promises_a_retry(line: &str) -> bool {
    // (`X: retrying ...`, `..., retrying`, `... error. Retrying the connection.`: a clause that
    // starts by retrying or falling back; `not retrying` is none.)
    const PROMISES: [&str; 11] = [
        "will be retried",
        // wandb's `Network error (ReadTimeout), entering retry loop.`
        "entering retry",
        "will retry",
        "retrying in ",
        ": retrying",
        ", retrying",
        ". retrying",
        ": falling back",
        ", falling back",
        ". falling back",
        "; falling back",
    ];
    // One pass in any ASCII case, without a lower-case copy of every line read.
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(PROMISES)
            .unwrap_or_else(|e| panic!("retry promises: {e}"))
    });
    FINDER.is_match(line)
}

/// The marks command-line tools print before a step's outcome (Jest's and Mocha's tests, Nx's
/// and Serverless' summaries, spinners such as ora and listr): `✖ 1/6 targets failed`,
/// `✓ returns 502 error when the provider fails`.
/// (`linkerd check` prints `√` and `×`.)
const FAILURE_MARKS: [char; 6] = ['✖', '✕', '✗', '✘', '❌', '×'];
const SUCCESS_MARKS: [char; 4] = ['✓', '✔', '✅', '√'];

/// The outcome a line's first mark announces, if it starts with one (after the times a runner
/// stamps its lines with): `Some(true)` failed, `Some(false)` succeeded, whatever words follow
/// (a passing test's name often says `error`).
pub fn outcome_mark(line: &str) -> Option<bool> {
    let mut rest = line.trim_start();
    for _ in 0..MAX_STAMPS {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        if !is_stamp(&rest[..end]) {
            break;
        }
        rest = rest[end..].trim_start();
    }
    if line.len() - rest.len() >= MARK_WITHIN_BYTES {
        return None;
    }
    let first = rest.chars().next()?;
    if FAILURE_MARKS.contains(&first) {
        Some(true)
    } else if SUCCESS_MARKS.contains(&first) {
        Some(false)
    } else {
        None
    }
}

/// A mark counts only this near a line's start: past three stamps
/// (`2026-12-02 02:44:59.1610451 +0000`) and indentation. (The shortcut for lines that cannot
/// fail looks for one in these bytes only.)
pub const MARK_WITHIN_BYTES: usize = 64;

/// Times and dates read before a mark at most (`2026-12-02 02:44:59.161`).
const MAX_STAMPS: usize = 3;

/// A date or a time: digits and their punctuation only (`2026-12-02T02:44:59.1610451Z`,
/// `[12:00:01]`).
fn is_stamp(token: &str) -> bool {
    token.bytes().any(|b| b.is_ascii_digit())
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || b"-:.,/+TZ[]()".contains(&b))
}

/// `exit status 1`, `exit code: 137`, `exited with code 2`: a command or a process that ended
/// with a non-zero status failed, however the tool words it (CI runners, shells, supervisors
/// announce a failed command only so). `exit code 0` is success. `after` follows `exit` or
/// `exited`.
fn says_nonzero_exit(after: &str) -> bool {
    // systemd's `Main process exited, code=exited, status=5/NOTINSTALLED`: the status follows
    // the code.
    if let Some(fields) = after.strip_prefix(", code=exited") {
        return says_nonzero_exit(fields.strip_prefix(',').unwrap_or(fields));
    }
    // `code=dumped, status=11/SEGV`: it died leaving a core, whatever the signal.
    if after.starts_with(", code=dumped") {
        return true;
    }
    let rest = after.strip_prefix(" with").unwrap_or(after);
    let Some(rest) = rest
        .strip_prefix(" status")
        .or_else(|| rest.strip_prefix(" code"))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', ':', '=']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest.as_bytes()[..digits].iter().any(|&b| b != b'0')
}

/// Is the word from `start` to `end` part of a path or a command-line option (`/api/errors`,
/// `--errors-only`, as cron logs the command it ran)? It names a thing, not a failure. The
/// whole whitespace-separated token counts: `status=1/FAILURE` says failure, while a segment
/// between two slashes or after a second one is a path's (`conf/errors/map.yaml`, Go's
/// `github.com/acme/backend/errors`, `https://api.example.com/v1/errors`).
fn in_path_or_option(line: &str, start: usize, end: usize) -> bool {
    let token_start = line[..start]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace())
        .map_or(0, |(space, c)| space + c.len_utf8());
    let token = line[token_start..start].trim_start_matches(['(', '[', '"', '\'']);
    token.starts_with(['/', '-'])
        || (token.ends_with('/') && (token.matches('/').count() >= 2 || line[end..].starts_with('/')))
}

/// Words that say something went wrong.
fn is_error_word(word: &str) -> bool {
    let mut buffer = [0u8; 12];
    matches!(
        super::template::lowercase(word, &mut buffer),
        Some(
            b"error"
                | b"errors"
                | b"exception"
                | b"exceptions"
                | b"fail"
                | b"fails"
                | b"failed"
                | b"failing"
                | b"failure"
                | b"failures"
                | b"fatal"
                | b"panic"
                | b"panicked"
                | b"critical"
                | b"crash"
                | b"crashed"
                | b"timeout"
                | b"refused"
                | b"denied"
                | b"unable"
                | b"cannot"
                | b"abort"
                | b"aborted"
                | b"killed"
                | b"segfault"
                | b"unhandled"
                | b"uncaught"
                | b"unreachable"
                // A resource used up: `Heap exhausted` (GHC's runtime), `connection pool
                // exhausted`, `retries exhausted`.
                | b"exhausted"
                // `Died at x.pl line 3.` (Perl's `die`), `worker 7 died`.
                | b"died"
                // Data that no longer reads back (`XFS (nvme1n1): Metadata corruption detected`).
                | b"corrupt"
                | b"corrupted"
                | b"corruption"
                // Not enough of a resource (`Insufficient free space: 512 extents needed`).
                | b"insufficient"
                // A target, container or node that failed its health checks.
                | b"unhealthy"
        )
    )
}

/// Does `line` report a process that died of a signal a crash or a kill sends (php-fpm's `child
/// 315 exited on signal 11 (SIGSEGV)`, PostgreSQL's `server process (PID 43736) was terminated
/// by signal 9: Killed`, `killed by signal: Bus error`)? A supervisor logs it as a warning, as
/// it starts another child; what the child was doing is lost (read at WARN and above, see
/// `failed_below_error`), and a line without a level reports a failure with it (Delayed::Pool's
/// `worker 377 exited with signal SIGKILL; restarting`). `exited on signal 15 (SIGTERM)` is a stop
/// someone asked for.
pub fn died_of_a_signal(line: &str) -> bool {
    // (One search for `signal`, then a look at the word before: this runs on every line.)
    memchr::memmem::find_iter(line.as_bytes(), " signal")
        .filter(|&at| {
            ["on", "by", "with"]
                .iter()
                .any(|intro| line[..at].ends_with(intro))
        })
        .any(|at| {
            let after = line[at + " signal".len()..].trim_start_matches([' ', ':']);
            let word = after
                .split(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .unwrap_or("");
            matches!(
                word,
                "4" | "6"
                    | "7"
                    | "8"
                    | "9"
                    | "11"
                    | "Segmentation"
                    | "Bus"
                    | "Killed"
                    | "Aborted"
                    | "Illegal"
            ) || is_fatal_signal(word)
                || word.eq_ignore_ascii_case("sigkill")
        })
}

/// Does a shell report a command that a signal ended (bash's `./build.sh: line 150:  2923
/// Terminated   gs …`)? A script's shell reports a job so only when a signal ended it, with
/// the command's work lost, whichever signal it was: `Killed` and `Aborted` say so in words, a
/// SIGTERM's `Terminated` (AWS Batch's attempt timeout, `timeout(1)`), a SIGHUP's `Hangup` and
/// a SIGQUIT's `Quit` do not.
fn shell_job_died_of_a_signal(line: &str) -> bool {
    memchr::memmem::find_iter(line.as_bytes(), ": line ").any(|at| {
        let rest = &line[at + ": line ".len()..];
        let line_number = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(job) = rest[line_number..].strip_prefix(": ") else {
            return false;
        };
        let job = job.trim_start_matches(' ');
        let pid = job.bytes().take_while(u8::is_ascii_digit).count();
        let signal = job[pid..].trim_start_matches(' ');
        line_number > 0
            && pid > 0
            && ["Terminated ", "Hangup ", "Quit "]
                .iter()
                .any(|word| signal.starts_with(word))
    })
}

/// The signals a native program dies of (`caught signal (SIGSEGV)`, `received signal SIGABRT`).
fn is_fatal_signal(word: &str) -> bool {
    let mut buffer = [0u8; 12];
    matches!(
        super::template::lowercase(word, &mut buffer),
        Some(b"sigsegv" | b"sigabrt" | b"sigbus" | b"sigfpe" | b"sigill")
    )
}

/// `ValidationError`, `NullPointerException`: a type name that says error.
fn is_camel_error(word: &str) -> bool {
    // (After an acronym too: `PDOException`, `SQLException`, `IOError`, `OSError`.)
    ["Error", "Exception"].iter().any(|suffix| {
        word.len() > suffix.len() + 1
            && word.ends_with(suffix)
            && word.as_bytes()[word.len() - suffix.len() - 1].is_ascii_alphanumeric()
    })
}

/// Is the error word before `after` the name of a log (`Attempting to cycle error log`, `The
/// error log has been reinitialized`, `error logs rotated`): a file, not a failure.
fn names_a_log(after: &str) -> bool {
    let Some(next) = after.strip_prefix(' ') else {
        return false;
    };
    let word = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    ["log", "logs", "logfile", "logging"]
        .iter()
        .any(|noun| word.eq_ignore_ascii_case(noun))
}

/// Does the clause of an error word say it was corrected (`instruction cache parity error
/// corrected`, `2 ddr error(s) detected and corrected`, EDAC's `3 CE memory read error`), as ECC
/// memory and caches report what they fixed, or repaired (Ghostscript's `This file had errors
/// that were repaired or ignored.`)? `uncorrected` and EDAC's `UE` are failures.
fn corrected(before: &str, after: &str) -> bool {
    let clause = after.split([',', ';', '.', '|', '\n']).next().unwrap_or("");
    let clause = &clause[..super::level::floor_char_boundary(clause, 40)];
    let said = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| word.eq_ignore_ascii_case("corrected") || word.eq_ignore_ascii_case("repaired"));
    let lead = before
        .rsplit([',', ';', '.', '|', '\n', ':'])
        .next()
        .unwrap_or("");
    said || lead
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| word == "CE")
}

/// A plural error word followed by a zero of any width is a count of none, as batch summaries
/// print their totals (`ERRORS 000000 WARNINGS 000028`, `errors 0 warnings 3`). The singular is
/// not read so: `error 0` may be a code.
fn counted_as_zero_after_a_space(word: &str, after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let zeros = rest.bytes().take_while(|&b| b == b'0').count();
    let after_zeros = &rest.as_bytes()[zeros..];
    // (A full stop ends the count; before a digit it is a fraction: `errors 0.5%` is a rate.)
    let ends = match after_zeros {
        [] => true,
        [b'.', next, ..] => !next.is_ascii_digit(),
        [b, ..] => b.is_ascii_whitespace() || matches!(b, b',' | b';' | b')' | b'|' | b'.'),
    };
    word.len() > 4 && word.ends_with(['s', 'S']) && zeros > 0 && ends
}

/// What follows an error word sets its count to none: `=0`, `: 0`, `":null`, `: []`, `=false`,
/// also a few words later (`Failed login attempts: 0`).
/// `keyword`: the word is a keyword of EDN or a Ruby symbol (`:errors 0`), whose value follows
/// after a space.
fn counted_as_none(after: &str, keyword: bool) -> bool {
    let clause = after.split([',', ';', '.', '|', '\n']).next().unwrap_or("");
    let clause = &clause[..super::level::floor_char_boundary(clause, 40)];
    let at = match clause.find([':', '=']) {
        Some(at) => at,
        None if keyword && clause.starts_with(' ') => 0,
        None => return false,
    };
    let value = clause[at + 1..].trim_start_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    let value = value
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '}' | ')' | ','))
        .next()
        .unwrap_or("");
    // The value closes a bracketed list of counts (`[skipped: 3, failed: 0]`), unless it is `[]`.
    let value = if value == "[]" {
        value
    } else {
        value.trim_end_matches(']')
    };
    // (Zero in any width: `ERROR-COUNT = 0000`.)
    let zero = !value.is_empty() && value.bytes().all(|b| b == b'0');
    // An empty field (`error = ` at the end, `err= next=1`) holds no error; an empty `Error:`
    // heads one told on the next line.
    let empty_field = clause.as_bytes()[at] == b'=' && clause[at + 1..].trim().is_empty();
    empty_field
        || (zero
            || matches!(
                value.to_ascii_lowercase().as_str(),
                "0.0" | "null" | "nil" | "none" | "false" | "[]" | "{}" | "\"\"" | ""
            ))
            && !clause[at + 1..].trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_said_in_words() {
        for line in [
            "Connection refused by upstream",
            "Could not connect to proxy proxy.example.com:5070",
            "upstream timed out while reading response header",
            "java.lang.NullPointerException thrown in worker",
            "Timed out acquiring connection from connection pool. (db-pool=10, wait=10000ms)",
            "job failed after 3 attempts",
            // Held-out corpus 56 (and 2 more of every corpus's lines, all labelled errors).
            "kernel: [7902364.075552] EXT4-fs (mmcblk0p3): Remounting filesystem read-only",
            "dhcpd[2029]: DHCPDISCOVER from ca:c5:d8:24:18:09 via vlan200: network 172.20.0.0/22: no free leases",
        ] {
            assert!(says_error(line), "{line}");
        }
        assert!(!says_error(
            "EXT4-fs (nvme0n1p1): mounted filesystem with ordered data mode"
        ));
    }

    /// Failure class: a command that ended with a non-zero exit status, announced without a
    /// level or an error word (CI runners, shells).
    #[test]
    fn a_nonzero_exit_status_without_a_level_is_a_failure() {
        for line in [
            "Step did not exit successfully make release exit status 2",
            "job runner: command exited with code 137",
            "hook returned exit code: 1",
        ] {
            assert!(says_error(line), "{line}");
        }
        for line in [
            "Step finished make release exit status 0",
            "container stopped (exit code: 0)",
            "see the exit status table in the manual",
            "set exit_code_file to /tmp/x",
        ] {
            assert!(!says_error(line), "{line}");
        }
    }

    /// Failure class: a process or unit failure that systemd or the kernel reports without a
    /// level and, for the start limit, without an error word.
    #[test]
    fn unit_and_process_failures_without_a_level() {
        for line in [
            "node-exporter.service: Start request repeated too quickly.",
            "orders-worker.service: Main process exited, code=exited, status=1/FAILURE",
            "orders-worker.service: Failed with result 'exit-code'.",
            "Out of memory: Killed process 1234 (java) total-vm:1156171kB, anon-rss:1077129kB",
        ] {
            assert!(says_error(line), "{line}");
        }
    }

    /// Failure class: a line without a level that announces a retry (`Retrying ... due to a
    /// TimeoutError`) was an error by the error's name; the same notice at WARN is none.
    #[test]
    fn retry_notices_without_a_level_are_no_failures() {
        for line in [
            "Retrying ReportJob in 12 seconds due to a Net::OpenTimeout (execution expired).",
            "[jobs] [ExportJob] [5f2a] retrying export after 2 attempts, due to a Redis::CannotConnectError",
            "Unable to use the drive http://minio-3:9000/data4: drive not found, will be retried",
            "connect to db-1:5432 failed, retrying in 5s",
            "05/Jan/2027:10:41:57 +0000: Database connection error. Retrying the connection. (attempt 2, next in 8s)",
            "Addressables: retrying download of catalog_5.json after error (attempt 2 of 3)",
            // A failure worked around is handled as well, and one a retry got past.
            "Unable to load cached credentials: file not found, falling back to the instance role",
            "[search] fetch https://search.example/v2/offers failed with ECONNRESET, retry 1 succeeded in 312 ms",
            "Response: {\"reserved\":true} (1 retry after ProvisionedThroughputExceededException, succeeded)",
            // An idle timeout closes a connection nobody used.
            "(72oowbCXjjjjtD=) Connection 1Obmbn1xyvtIux= closed: Connection Idle Timeout after 600 seconds",
        ] {
            assert!(!says_error(line), "{line}");
        }
        // A failure that mentions a retry later is still one, as is a failed retry.
        for line in [
            "ExportJob failed after 5 attempts, not retrying",
            "ExportJob failed: will not retry",
            "Retry of ExportJob failed: Redis::CannotConnectError",
            "[jobs] Retrying: false, error: Redis::CannotConnectError",
            "Failed to load config and no fallback configured",
            "upload failed after 3 retries; none succeeded",
            "request timeout after 30 s, idle connections 0",
        ] {
            assert!(says_error(line), "{line}");
        }
    }

    /// Failure class (held-out corpora 22 and 40): a resource run out is a failure though the
    /// program retries (Go's accept loop); another failure retried is handled.
    #[test]
    fn an_exhausted_resource_is_a_failure_though_retried() {
        assert!(says_error(
            "2030/03/24 08:11:44 http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 40ms"
        ));
        assert!(says_error(
            "write /data/spool/x.tmp: no space left on device, retrying in 5s"
        ));
        assert!(!says_error(
            "fetch failed: connection reset by peer; retrying in 40ms"
        ));
    }

    /// Failure class (held-out corpus 47): FreeRADIUS' PAP module refusing a subscriber's wrong
    /// password is a client refused; a backend that fails the login is a failure.
    #[test]
    fn a_wrong_password_refused_by_freeradius_is_no_failure() {
        assert!(!says_error(
            r#"Auth: (981607) Login incorrect (pap: Cleartext password does not match "known good" password): [m2m-fleet-9119] (from client vpn-gw-01 port 29)"#
        ));
        assert!(says_error(
            "Auth: (867917) Login incorrect (sql: backend unavailable, authorize returned fail): [x] (from client pgw-01 port 0)"
        ));
    }

    /// Failure classes (held-out corpus 26): an error log named as a file (`cycle error log`) was
    /// an error word; SQL Server's failed login for a wrong password or an unknown login is a
    /// client refused, as sshd's is.
    #[test]
    fn an_error_log_is_a_file_and_a_refused_sql_server_login_no_failure() {
        for line in [
            "2029-01-06 08:08:56.90 spid120     Attempting to cycle error log. This is an informational message only; no user action is required.",
            "2029-01-05 17:08:27.65 spid111     The error log has been reinitialized. See the previous log for older entries.",
            "2029-01-05 01:57:00.60 Logon       Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: 10.10.8.146]",
            "Login failed for user 'etl_old'. Reason: Could not find a login matching the name provided. [CLIENT: 10.41.2.66]",
        ] {
            assert!(!says_error(line), "{line}");
        }
        for line in [
            "could not open error log /var/log/app/error.log: permission denied",
            "Login failed for user 'app'. Reason: Failed to open the explicitly specified database 'orders'.",
        ] {
            assert!(says_error(line), "{line}");
        }
    }

    /// Failure class: a native program's crash banner names a fatal signal, not an error word;
    /// a handler for one is no crash.
    #[test]
    fn fatal_signals_are_failures() {
        for line in [
            "[engine] caught signal (SIGSEGV)",
            "received signal SIGABRT, Aborted.",
            "*** SIGBUS (@0x0) received by PID 7",
            // A supervisor's report of a child killed (held-out corpus 42's Delayed::Pool).
            "Delayed::Pool[2]: worker 377 (queue=canvas_queue) exited with signal SIGKILL; restarting",
            "child 315 exited on signal 9 (SIGKILL)",
        ] {
            assert!(says_error(line), "{line}");
        }
        for line in [
            "Registered handler for SIGSEGV",
            "dump stacks on SIGBUS",
            "worker 12 exited with signal SIGTERM",
        ] {
            assert!(!says_error(line), "{line}");
        }
    }

    /// Failure class (held-out corpora 10 and 52): Oracle's alert log has no level, and names
    /// an error by its code alone (`ORA-01555 caused by SQL statement below`).
    #[test]
    fn an_oracle_error_code_names_a_failure() {
        assert!(says_error(
            "ORA-01555 caused by SQL statement below (SQL ID: 9sf3t9oekdptx, Query Duration=3856 sec)"
        ));
        assert!(says_error(
            "Errors in file /rdsdbdata/log/diag/trace/POLICYDB_ora_123.trc: ORA-00600 [kcbzpb_1]"
        ));
        assert!(!says_error("ORA-00000: normal, successful completion"));
        assert!(!says_error("Completed: ALTER DATABASE OPEN (SCORA-01555X)"));
        assert!(!says_error("diaspora-12345 joined"));
    }

    /// Failure class: an error word inside a command's argument or a path (cron's `CMD
    /// (/opt/app/bin/purge --errors-only)`) names a thing, not a failure.
    #[test]
    fn words_in_paths_and_options_name_things() {
        for line in [
            "(root) CMD (/opt/app/bin/purge --errors-only)",
            "GET /api/errors 200",
            "running cleanup -fail-fast=false",
            // A segment between two slashes or after a second one (held-out corpus 30's `go
            // test` pass of a package named `errors`).
            "ok  \tgithub.com/quillfeather/backend/errors\t6.097s",
            "fetched https://api.example.com/v1/errors in 20ms",
            "loaded conf/errors/map.yaml",
        ] {
            assert!(!says_error(line), "{line}");
        }
        for line in [
            "status=1/FAILURE",
            "build 12/failed",
            "/opt/app/bin/purge: failed",
            "cleanup - failed",
        ] {
            assert!(says_error(line), "{line}");
        }
    }

    /// Failure class: a failed call's `errno` text and the kernel's reports of a hung task, a
    /// bug or a stall name no error word, so lines without a level that said only those were
    /// missed.
    #[test]
    fn failures_stated_without_an_error_word() {
        for line in [
            "automount[2285]: lookup_read_master: lookup(sss): getautomntent_r: No such file or directory",
            "auditd[811]: write: No space left on device (28)",
            "nginx: accept4() said: Too many open files",
            "read from upstream: Connection reset by peer",
            "INFO: task java:72411 blocked for more than 245 seconds.",
            "rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:",
            "BUG: kernel NULL pointer dereference, address: 0000000000000010",
            "watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [kworker/3:1:1234]",
            "traps: node[4242] general protection fault ip:55d5 sp:7ffd error:0 in node[55d5+1f]",
            "rcu: INFO: rcu_sched self-detected stall on CPU",
            "nfs: server fs-0a1b2c3d.efs.us-east-1.amazonaws.com not responding, still trying",
            "systemd-coredump[981]: Process 4242 (java) of user 1000 dumped core.",
            "XFS (nvme1n1): Metadata corruption detected at xfs_inode_buf_verify+0x1a0/0x1b0",
            "dmeventd[812]: Insufficient free space: 512 extents needed, but only 100 available",
            "systemd[1]: lvm-activate-vg_archive.service: Main process exited, code=exited, status=5/NOTINSTALLED",
            // From held-out corpus 17.
            "systemd[1]: imgproc.service: Main process exited, code=dumped, status=11/SEGV",
            "type=ANOM_ABEND msg=audit(1812086495.246:615580): auid=4294967295 uid=991 pid=10629 comm=\"java\" sig=6",
            "setroubleshoot[19811]: SELinux is preventing /usr/sbin/nginx from name_connect access on the tcp_socket port 9200.",
            "type=AVC msg=audit(1811970503.661:666906): avc:  denied  { write } for  pid=59446 comm=\"php-fpm\" permissive=0",
            // From held-out corpus 15.
            "nvidia_peermem: Unknown symbol ib_register_peer_memory_client (err -2)",
            "fabric manager driver interface version 550.90.07 don't match with driver version 550.127.05.",
            "sshd: Host key for bastion does not match the known one",
            "container health_status 9c41e7a2 (image=web:1.4.2, health_status=unhealthy, health_failing_streak=3)",
            // From held-out corpus 16.
            "kernel: oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/batch-runner.service,task=java,pid=13261,uid=1001",
            // From held-out corpus 18.
            "/var/task/bootstrap: /lib64/libc.so.6: version `GLIBC_2.39' not found (required by /var/task/bootstrap)",
            // From held-out corpora 17 and 21.
            "kernel: nf_conntrack: nf_conntrack: table full, dropping packet",
            // From held-out corpora 12 and 21 (Kerberos, auditd), 15 (GPU) and 12 (SCSI).
            "krb5_child[95843]: Clock skew too great",
            "auditd[812]: Audit daemon is suspending logging due to no space left on logging partition.",
            "kernel: NVRM: GPU 0000:00:1e.0: GPU has fallen off the bus.",
            "kernel: sd 2:0:0:1: rejecting I/O to offline device",
        ] {
            assert!(says_error(line), "{line}");
        }
        assert!(!says_error("fsck: no corruption found on /dev/nvme1n1"));
        assert!(!says_error(
            "systemd[1]: backup.service: Main process exited, code=exited, status=0/SUCCESS"
        ));
        // A bug tracker's words are not the kernel's report.
        assert!(!says_error("fixed the debug: output now wraps"));
        // A denial in permissive mode denied nothing.
        assert!(!says_error(
            "type=AVC msg=audit(1811970503.661:666906): avc:  denied  { read } for  pid=59446 comm=\"node_exporter\" permissive=1"
        ));
    }

    /// Failure class (held-out corpora 3, 13 and 21, whose labellers agree): a client refused as
    /// the service means to refuse it was reported as the service's error.
    #[test]
    fn a_client_refused_by_design_is_no_error() {
        for line in [
            "sshd[76780]: Failed password for invalid user git from 203.0.113.34 port 42095 ssh2",
            "sshd[56538]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.126  user=root",
            // Held-out corpora 12 and 13: pam_sss' result for a user's wrong password.
            "sshd[55140]: pam_sss(sshd:auth): received for user asmith: 7 (Authentication failure)",
            "check_ntlm_password:  Authentication for user [scanner] -> [scanner] FAILED with error NT_STATUS_NO_SUCH_USER, authoritative=1",
            "named[47403]: client @0x7fe752a0bd97 203.0.113.93#49226 (pizzaseo.com): query (cache) 'pizzaseo.com/ANY/IN' denied (allow-query-cache did not match)",
            // Held-out corpora 16, 17 and 22, whose labellers agree.
            "2028/06/06 16:08:49 http: TLS handshake error from 203.0.113.24:44972: tls: client offered only unsupported versions: [302 301]",
            "2028/06/09 17:44:46 http2: server: error reading preface from client 10.60.54.224:56043: read tcp 10.60.182.4:8443->10.60.189.210:50034: read: connection reset by peer",
            // Held-out corpora 32 and the labelled API Gateway family: a request its model refused.
            "(9d418538-666f-446e-89ce-d7f540d6b2ff) Request body does not match model schema for content type application/json: [object has missing required properties ([\"destination\"])]",
            "(d7a3af49-48e7-424e-81bf-94aedc39a9ce) Request validation failed for request: 4b1e2fec-d50f-4ce2-90e0-2c1efa2bd73c",
            // Held-out corpus 29: an MQTT broker drops a device whose link failed.
            "1870275811: Socket error on client sensor-0f3a, disconnecting.",
            "1870275811: Client sensor-0f3a has exceeded timeout, disconnecting.",
        ] {
            assert!(!says_error(line), "{line}");
        }
        // The broker's own failure is still one.
        assert!(says_error(
            "1870275811: Error: Unable to open log file /var/log/mosquitto/mosquitto.log for writing."
        ));
        // A client refusing the server's certificate is the server's failure.
        assert!(says_error(
            "http: TLS handshake error from 10.0.3.7:51234: remote error: tls: bad certificate"
        ));
        // The service's own failure to authenticate is still one.
        assert!(says_error(
            "sshd[812]: Authentication refused: bad ownership or modes for directory /home/deploy"
        ));
        assert!(says_error("sssd_be[911]: LDAP bind failed: Invalid credentials"));
        // PAM's system error is the system's.
        assert!(says_error(
            "sshd[51391]: pam_sss(sshd:auth): received for user dpatel: 4 (System error)"
        ));
    }

    /// Failure class (held-out corpus 30): a status in capitals that failed (`UPDATE_FAILED` in
    /// a deploy's table of stack events) was one word naming nothing; a timeout being set was a
    /// timeout.
    #[test]
    fn failed_statuses_and_timeouts_set() {
        for line in [
            "ReportingStack | 11/21 | 12:17:12 AM | UPDATE_FAILED        | AWS::Lambda::Function | ExportFn Resource handler returned message: \"Unzipped size must be smaller than 262144000 bytes\"",
            "[Container] 2029/05/15 15:18:29.364054 Phase context status code: YAML_FILE_ERROR Message: Unknown runtime version named '3.13' of python",
            "chassisd[2027]: CHASSISD_FAN_FAILED: Fan Tray 0 Fan 2 stopped spinning",
            "connect timeout to db.internal:5432 after 3 attempts",
        ] {
            assert!(says_error(line), "{line}");
        }
        for line in [
            "ReportingStack | 11/21 | 12:17:12 AM | UPDATE_COMPLETE      | AWS::Lambda::Function | ExportFn",
            "error_count=0 FAILED_COUNT=0",
            "snmpd[7341]: SNMPD_AUTH_FAILURE: nsa_log_community: unauthorized SNMP community from 10.30.9.121",
            "(d9ee68e3) Gateway response type: AUTHORIZER_FAILURE with status code: 401",
            "[Container] 2029/05/02 04:42:08.766671 Set report auto-discover timeout to 5 seconds",
            "[Container] 2029/05/14 14:06:11.304612 Setting HTTP client timeout to higher timeout for S3 source",
            "Token indices sequence length is longer than the specified maximum sequence length for this model (2300 > 512). Running this sequence through the model will result in indexing errors",
            "wandb: Network error (ReadTimeout), entering retry loop.",
        ] {
            assert!(!says_error(line), "{line}");
        }
    }

    /// Failure class (held-out corpora 4, 7, 53 and 54): a shell's report of a job a signal
    /// ended, also by a signal without an error word; the same words in prose are not one.
    #[test]
    fn a_shell_job_ended_by_a_signal_is_a_failure() {
        for line in [
            "/usr/local/bin/print-build: line 150: 2923 Terminated              gs -q -dBATCH -dNOPAUSE",
            "./run.sh: line 12:   77 Hangup                  rsync -a src dst",
            "./run.sh: line 12: 4242 Killed                  python -m receipts.annual",
        ] {
            assert!(says_error(line), "{line}");
        }
        for line in [
            "worker 12 Terminated gracefully",
            "syntax ok: line 3: 12 Terminatedness",
        ] {
            assert!(!says_error(line), "{line}");
        }
    }

    #[test]
    fn errors_counted_as_none_are_not_errors() {
        for line in [
            "Processed 120 records, 0 errors",
            "batch done: errors=0 retries=1",
            "{\"error\":null,\"status\":\"ok\"}",
            "errors: [] warnings: []",
            "Failed login attempts: 0",
            "failover completed in 3 s",
            "error_count=0",
            "completed without errors",
            "no errors found",
            "web-01 : ok=48 changed=2 skipped=0 failed=0",
            "Healing drive '/data4' complete (healed: 82143, skipped: 882, failed: 0).",
            "sync done [copied: 12, failed: 0]",
            " CUSTUPD  RUN DATE 2027-01-05  ERROR-COUNT = 0000  REJECTS = 0000",
            // A total after a space (held-out corpus 45's batch summaries).
            "TAXCALC  0110I 2030-07-10 10:09:42 ERRORS 000000 WARNINGS 000028 ELAPSED 00:19:40",
            "lint finished: errors 0, warnings 3",
            "Connection broken for id 188978561024, my id = 1, error = ",
            "request done status=200 err= took=12ms",
            "instruction cache parity error corrected",
            "   **** This file had errors that were repaired or ignored.",
            "EDAC MC0: 3 CE memory read error on CPU_SrcID#0_MC#0_Chan#0_DIMM#1 (channel:3 slot:0)",
            "2 ddr errors(s) detected and corrected on rank 0, symbol 4, bit 1",
            // A prefix that negates (held-out corpus 24's IPMI events).
            "SEL System Event: 0x01B7, Sensor: Inlet Temp, Event: Upper Non-critical - going high, Deasserted",
            // Denied with an article (held-out corpus 33).
            "[notify] recipient 42ae84fd unsubscribed, skipping (not an error)",
            "cache miss is not a failure, fetching from origin",
        ] {
            assert!(!says_error(line), "{line}");
        }
        assert!(says_error("request 7 ended with an error"));
        assert!(says_error("TAXCALC  0110I ERRORS 000002 WARNINGS 000028"));
        assert!(says_error("driver reported error 0"));
        assert!(says_error("ingest done, errors 0.5% of 12000 rows"));
        assert!(says_error("A non-fatal error occurred while reading the SEL"));
        // A quoted word is the word.
        assert!(says_error(
            "Function execution took 540088 ms, finished with status: 'timeout'"
        ));
        // A zero that is the value of the field before counts nothing of the next.
        assert!(says_error("web-01 : ok=48 changed=2 skipped=0 failed=1"));
        assert!(!says_error("Summary: 0 errors"));
        assert!(says_error("ddr error uncorrected on rank 0"));
        assert!(says_error(
            "EDAC MC0: 1 UE memory read error on CPU_SrcID#0_MC#0_Chan#0_DIMM#1"
        ));
        // An empty heading announces the error on the next line.
        assert!(says_error("Error:\nconnection reset by peer"));
    }

    #[test]
    fn every_error_word_is_found_in_any_ascii_case() {
        let words = "error errors exception exceptions fail fails failed failing failure failures \
                     fatal panic panicked critical crash crashed timeout refused denied unable \
                     cannot abort aborted killed segfault unhandled uncaught unreachable sigsegv \
                     sigabrt sigbus sigfpe sigill can't \
                     couldn't ValidationError NullPointerException";
        for word in words.split_whitespace() {
            assert!(
                is_error_word(word) || is_camel_error(word) || is_fatal_signal(word) || word.contains('\''),
                "{word}"
            );
            assert!(says_error(word), "{word}");
            if is_error_word(word) || is_fatal_signal(word) {
                assert!(says_error(&word.to_ascii_uppercase()), "{word}");
            }
        }
    }

    #[test]
    fn separators_of_several_bytes_do_not_panic() {
        assert!(says_error("€€€€€ error"));
        assert!(!says_error("€€€€€ errors: 0"));
        // Found by the fuzz target: U+FFFD separators.
        assert!(says_error(
            "用\u{fffd}\u{4}\u{fffd} é token: éa\u{fffd}wsmon\u{fffd}.error-log"
        ));
        assert!(says_error("\u{fffd}\u{fffd}\u{fffd}ERROR: out of memory"));
        assert!(!says_error("\u{fffd}\u{fffd} 0 errors"));
    }
}
