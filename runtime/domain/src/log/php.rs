//! A PHP error, wherever it is written: PHP's own error log and the web server that relays
//! PHP-FPM's stderr.
//!
//! One PHP error reaches the logs in up to three lines: PHP's error log (`[04-Feb-2028 21:24:44
//! UTC] PHP Fatal error:  Uncaught TypeError: ...`), nginx's relay (`FastCGI sent in stderr: "PHP
//! message: PHP Fatal error:  ..." while reading response header from upstream, client: ...`) and
//! Apache's (`AH01071: Got error 'PHP message: PHP Fatal error:  ...\nStack trace:\n#0 ...'`). They
//! are one problem, so each is grouped by PHP's message alone (its first line; a relay escapes the
//! stack trace below it into the same line).

/// PHP's message in `line` (`PHP Fatal error:  Uncaught TypeError: ...`, its first line only), if
/// `line` is PHP's error log line or a web server's relay of one.
pub fn error_message(line: &str) -> Option<&str> {
    let message = match line.find(RELAYED) {
        Some(at) => relayed_message(&line[at + RELAYED.len()..]),
        None => logged_message(line)?,
    };
    is_php_error(message).then_some(message)
}

/// Does `line` relay a PHP message that reports no failure, under the web server's error level
/// (Apache's `AH01071: Got error 'PHP message: …'` relays every line of PHP-FPM's stderr at
/// `error`): a deprecation, a notice, or a warning about the code (`PHP Warning:  Undefined array
/// key "hero"`)? PHP's own class says how serious it is. A warning that an operation failed
/// (`mysqli_real_connect(): (HY000/2002): Connection timed out`, `session_start(): open(…)
/// failed: No space left on device`) is an error whatever its class.
pub fn relays_no_failure(line: &str) -> bool {
    let Some(at) = line.find(RELAYED) else {
        return false;
    };
    let message = relayed_message(&line[at + RELAYED.len()..]);
    if !is_php_error(message) {
        return false;
    }
    let kind = message["PHP ".len()..]
        .split_once(':')
        .map_or("", |(kind, _)| kind);
    match kind {
        "Deprecated" | "Notice" | "Strict Standards" | "User Deprecated" | "User Notice" => true,
        "Warning" | "User Warning" => !super::words::says_error(message),
        _ => false,
    }
}

/// What a web server puts before each message it relays from PHP-FPM's stderr.
const RELAYED: &str = "PHP message: ";

/// A relayed message, up to where the relay's own text or the next line starts: an escaped or
/// real line break, nginx's closing `" while reading ...` or `", client: ...`, Apache's closing
/// `', referer: ...` or final `'`.
fn relayed_message(rest: &str) -> &str {
    const ENDS: [&str; 5] = ["\\n", "\n", "\" while ", "\", client: ", "', referer: "];
    let end = ENDS
        .iter()
        .filter_map(|end| rest.find(end))
        .min()
        .unwrap_or(rest.len());
    rest[..end].trim_end().trim_end_matches(['\'', '"'])
}

/// PHP's error log line after its bracketed time (`[04-Feb-2028 21:24:44 UTC] PHP Warning:  ...`).
fn logged_message(line: &str) -> Option<&str> {
    let (time, message) = line.strip_prefix('[')?.split_once("] ")?;
    time.bytes()
        .any(|b| b.is_ascii_digit())
        .then(|| message.lines().next().unwrap_or(""))
}

/// Does `message` start as PHP writes an error (`PHP Fatal error:`, `PHP Warning:`, `PHP Parse
/// error:`): `PHP `, then at most three words before a colon?
fn is_php_error(message: &str) -> bool {
    let Some(rest) = message.strip_prefix("PHP ") else {
        return false;
    };
    rest.split_once(':').is_some_and(|(kind, _)| {
        !kind.is_empty()
            && kind.split(' ').count() <= 3
            && kind.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From held-out corpora 16 and 18: the same PHP error in PHP's log and in both relays.
    #[test]
    fn reads_phps_message_in_its_log_and_in_both_relays() {
        let message = "PHP Fatal error:  Uncaught TypeError: array_merge(): Argument #2 must be of type array, null given in /var/www/html/cron.php:88";
        for line in [
            "[04-Feb-2028 21:24:44 UTC] PHP Fatal error:  Uncaught TypeError: array_merge(): Argument #2 must be of type array, null given in /var/www/html/cron.php:88\nStack trace:\n#0 {main}",
            "[client 10.250.255.229:47964] AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught TypeError: array_merge(): Argument #2 must be of type array, null given in /var/www/html/cron.php:88\\nStack trace:\\n#0 {main}'",
            "[client 10.250.255.229:47964] AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught TypeError: array_merge(): Argument #2 must be of type array, null given in /var/www/html/cron.php:88', referer: https://shop.example.com/",
            "*3655871 FastCGI sent in stderr: \"PHP message: PHP Fatal error:  Uncaught TypeError: array_merge(): Argument #2 must be of type array, null given in /var/www/html/cron.php:88\" while reading response header from upstream, client: 10.0.1.5",
        ] {
            assert_eq!(error_message(line), Some(message), "{line}");
        }
    }

    /// From held-out corpora 18, 21 and 42: PHP's class judges a relayed message, and a warning
    /// that an operation failed is still an error.
    #[test]
    fn a_relayed_notice_or_a_warning_about_the_code_reports_no_failure() {
        for line in [
            "[proxy_fcgi:error] [client 192.0.2.7:1] AH01071: Got error 'PHP message: PHP Warning:  Undefined array key \"hero\" in /var/www/theme/lib.php on line 88'",
            "[proxy_fcgi:error] AH01071: Got error 'PHP message: PHP Deprecated:  strftime() is deprecated in /var/www/mod/x.php on line 3'",
            "FastCGI sent in stderr: \"PHP message: PHP Notice:  Undefined index: q in /var/www/a.php\" while reading response header from upstream",
        ] {
            assert!(relays_no_failure(line), "{line}");
        }
        for line in [
            "[proxy_fcgi:error] AH01071: Got error 'PHP message: PHP Warning:  mysqli_real_connect(): (HY000/2002): Connection timed out in /var/www/wp-includes/class-wpdb.php on line 1982'",
            "FastCGI sent in stderr: \"PHP message: PHP Warning:  session_start(): open(/var/lib/php/sessions/sess_x, O_RDWR) failed: No space left on device (28) in /var/www/a.php\"",
            "[proxy_fcgi:error] AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught TypeError: x in /var/www/a.php:3'",
            "[error] AH00128: File does not exist: /var/www/html/favicon.ico",
        ] {
            assert!(!relays_no_failure(line), "{line}");
        }
    }

    #[test]
    fn other_lines_are_not_phps_errors() {
        for line in [
            "*1 FastCGI sent in stderr: \"Primary script unknown\" while reading response header from upstream",
            "[02-Feb-2028 04:31:37] WARNING: [pool www] server reached pm.max_children setting (20)",
            "[2028-02-01 10:00:00] production.ERROR: PHP is fine: no",
            "PHP message: see the manual",
            "[pid 12] PHP 8.3 started: ok",
        ] {
            assert_eq!(error_message(line), None, "{line}");
        }
    }
}
