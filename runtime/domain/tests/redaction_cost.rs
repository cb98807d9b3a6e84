//! Redaction's cost per byte, timed in a test binary of its own: among the crate's unit tests it
//! ran beside the property tests and flaked on a loaded machine.

use awsmon_domain::redact::Redactor;

/// The CPU time this thread has used: unlike the wall clock, it does not grow while other tests
/// and builds hold the machine's cores (a wall-clock version flaked under `make test`).
fn thread_cpu_time() -> std::time::Duration {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    std::time::Duration::new(
        u64::try_from(now.tv_sec).expect("a thread's CPU time is positive"),
        u32::try_from(now.tv_nsec).expect("nanoseconds below a second"),
    )
}

/// Redaction's cost grows with the length of a line, never with its square, whatever the line
/// repeats (non-ASCII text, keys with values, placeholders, emails, cookies, numbers): four
/// times the text may take at most twelve times as long (a square takes sixteen; the margin is
/// for caches shared with tests running alongside).
#[test]
fn cost_per_byte_is_bounded_for_any_unicode() {
    let units = [
        "token: é",
        "token: a",
        "éé ",
        "用户",
        "密码=x ",
        "a@b.co ",
        "<redacted> token=x ",
        "<a>",
        "Cookie: a=1; ",
        "mysql -px ",
        "1234567 ",
        "x-amz-id-2: Zx81kQpL0mWv4rT7yBn2cD5fGh9jKs3aEu6iOo1P ",
        "é%41",
        "arn:aws:lambda:us-east-2:123456789012:function:f",
        "Wed, 29 Nov 2023 08:20:00 GMT",
        "Cookie: sessi",
        "密码=INVENTE",
        "Authorization: Beareér eyJh",
        // The rules of the held-out corpus's classes: `.netrc`, `.pgpass`, IBAN, National
        // Insurance and passport numbers, directives, `Bearer` before a key, ARNs, base64
        // JSON, a public PEM block without its footer.
        "machine h login u password ",
        "h:1:d:u:p ",
        "a:b:c:d:",
        "GB86EXAM12345612345678 ",
        "PR123456D ",
        "passport no. ",
        "requirepass ",
        "Bearer x=y ",
        "secret:",
        "eyJvcmRlcl9pZCI6MTIzNCwic3RhdHVzIjoicGFpZCJ9 ",
        "-----BEGIN CERTIFICATE-----\nZx81kQpL0mWv4rT7yBn2cD5fGh9jKs3aEu6iOo1P ",
        "redis-cli -a x ",
        "ldapsearch -w x ",
        "docker login -p x ",
        "a_pat=x ",
        "cvv 123 ",
        "AUTH PLAIN x ",
        "nhs 4857773457 ",
        "driver license D1234567 ",
        // Commands' positional passwords and passwords fed to a tool's input.
        "-D cn=a -w ",
        "-D cn=a ",
        "echo x | kinit ",
        "(echo x; echo ",
        "kinit <<< x ",
        "samba-tool user create a b ",
        "rocommunity x ",
        "--authenticate=a%b ",
    ];
    let redactor = Redactor::default();
    let time = |text: &str| {
        let started = thread_cpu_time();
        std::hint::black_box(redactor.redact(text));
        thread_cpu_time() - started
    };
    for unit in units {
        let small = unit.repeat(12_000 / unit.len());
        let large = unit.repeat(48_000 / unit.len());
        // Interleaved, the fastest of seven: what another test or build costs at the same
        // moment weighs on both sizes alike (three flaked on a machine at load 8).
        let (mut t_small, mut t_large) = (std::time::Duration::MAX, std::time::Duration::MAX);
        for _ in 0..7 {
            t_small = t_small.min(time(&small));
            t_large = t_large.min(time(&large));
        }
        assert!(
            t_large <= t_small * 12 + std::time::Duration::from_millis(10),
            "{unit:?}: {} bytes in {t_small:?}, {} bytes in {t_large:?}",
            small.len(),
            large.len()
        );
    }
}
