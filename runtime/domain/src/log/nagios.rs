//! The state lines of Nagios Core's log (and of the monitors that kept its format: Icinga 1,
//! Naemon, Shinken): `[1799469623] HOST ALERT: web-01;DOWN;HARD;3;PING CRITICAL - Packet loss =
//! 100%`, `SERVICE ALERT: db-01;Swap;CRITICAL;SOFT;1;SWAP CRITICAL - 2% free`, `SERVICE
//! NOTIFICATION: oncall;db-01;Disk;CRITICAL;notify-by-email;DISK CRITICAL …`.
//!
//! Their word `ALERT` is no level: the state says whether a check failed (`DOWN`, `UNREACHABLE`,
//! `CRITICAL`, `UNKNOWN`; not `UP`, `OK` or a `WARNING`), and the state type whether the monitor
//! believes it: `SOFT` while it checks again, `HARD` once its retries confirmed it. A
//! notification goes out for a hard state only. A flapping or downtime alert reports the monitor's
//! own bookkeeping.

/// Which line of the state log, and how many fields come before its state.
const KINDS: [(&str, usize); 4] = [
    ("HOST ALERT: ", 1),
    ("SERVICE ALERT: ", 2),
    ("HOST NOTIFICATION: ", 2),
    ("SERVICE NOTIFICATION: ", 3),
];

/// The monitor's own bookkeeping: a check that flaps, a downtime that starts or ends.
const BOOKKEEPING: [&str; 4] = [
    "HOST FLAPPING ALERT: ",
    "SERVICE FLAPPING ALERT: ",
    "HOST DOWNTIME ALERT: ",
    "SERVICE DOWNTIME ALERT: ",
];

/// Whether `line` is a state line of a Nagios log, and if so whether it reports a confirmed
/// failure.
pub fn failed(line: &str) -> Option<bool> {
    // (Asked of most lines: the words every kind ends with are looked for first.)
    let bytes = line.as_bytes();
    if memchr::memmem::find(bytes, b"ALERT: ").is_none()
        && memchr::memmem::find(bytes, b"NOTIFICATION: ").is_none()
    {
        return None;
    }
    // At the line's start, after its `[epoch] ` stamp or a syslog header's `nagios: `.
    let record = |kind: &str| {
        let at = line.find(kind)?;
        let before = &line[..at];
        let starts_a_record = before.is_empty() || before.ends_with("] ") || before.ends_with(": ");
        starts_a_record.then(|| &line[at + kind.len()..])
    };
    if BOOKKEEPING.iter().any(|kind| record(kind).is_some()) {
        return Some(false);
    }
    let (fields, before_state, alert) = KINDS
        .iter()
        .find_map(|(kind, before_state)| Some((record(kind)?, *before_state, kind.ends_with("ALERT: "))))?;
    let mut fields = fields.split(';').skip(before_state);
    let state = fields.next()?;
    let failing = matches!(state, "DOWN" | "UNREACHABLE" | "CRITICAL" | "UNKNOWN");
    if !failing && !matches!(state, "UP" | "OK" | "WARNING") {
        return None;
    }
    let confirmed = !alert || fields.next() == Some("HARD");
    Some(failing && confirmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirmed_failure_is_an_error_a_recovery_or_a_retry_is_not() {
        for (line, expected) in [
            (
                "[1799469623] HOST ALERT: web-01;DOWN;HARD;3;PING CRITICAL - Packet loss = 100%",
                Some(true),
            ),
            (
                "[1799469623] HOST ALERT: web-01;UP;HARD;1;PING OK - Packet loss = 0%, RTA = 1.86 ms",
                Some(false),
            ),
            (
                "[1799469623] SERVICE ALERT: db-01;Swap;CRITICAL;HARD;3;SWAP CRITICAL - 2% free",
                Some(true),
            ),
            (
                "[1799469623] SERVICE ALERT: db-01;Swap;CRITICAL;SOFT;1;SWAP CRITICAL - 2% free",
                Some(false),
            ),
            (
                "[1799469623] SERVICE ALERT: db-01;Disk /;WARNING;HARD;3;DISK WARNING - free space: 9%",
                Some(false),
            ),
            (
                "[1799469623] SERVICE ALERT: db-01;Swap;OK;HARD;1;SWAP OK - 80% free",
                Some(false),
            ),
            (
                "[1799469623] HOST NOTIFICATION: oncall;web-01;DOWN;notify-host-by-email;PING CRITICAL",
                Some(true),
            ),
            (
                "[1799469623] SERVICE NOTIFICATION: oncall;db-01;Disk;CRITICAL;notify-by-email;DISK CRITICAL",
                Some(true),
            ),
            (
                "Jun  3 10:00:01 mon-01 nagios: HOST ALERT: web-01;UNREACHABLE;HARD;1;(Host check timed out)",
                Some(true),
            ),
            (
                "[1799152304] SERVICE FLAPPING ALERT: db-01;Swap;STARTED; Service appears to have started flapping",
                Some(false),
            ),
            (
                "[1799152304] HOST DOWNTIME ALERT: web-01;STARTED; Host has entered a period of scheduled downtime",
                Some(false),
            ),
            ("forwarded the HOST ALERT: web-01;DOWN;HARD;3 to the pager", None),
            ("[1799469623] HOST ALERT: malformed", None),
        ] {
            assert_eq!(failed(line), expected, "{line}");
        }
    }
}
